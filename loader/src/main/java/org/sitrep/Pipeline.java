package org.sitrep;

import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractor;
import org.sitrep.link.Gazetteer;
import org.sitrep.link.Linker;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.rdf.RdfMapper;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The one place where the stages meet: article -> annotate -> link -> extract -> RDF. Reading
 * comes before it ({@link org.sitrep.read.ArticleReader}) and storing after it
 * ({@link org.sitrep.store.Store}). Thread-safe: every stage keeps its state in the document, so
 * one pipeline serves all worker threads.
 */
public final class Pipeline {

    private final Annotator annotator = new Annotator();
    private final Linker linker;
    private final Extractor extractor;
    private final RdfMapper mapper = new RdfMapper();

    public Pipeline(Gazetteer gazetteer) {
        this.linker = new Linker(gazetteer);
        this.extractor = new Extractor(gazetteer);
    }

    public static Pipeline standard() {
        return new Pipeline(Gazetteer.standard());
    }

    public Document process(Article article) {
        Document doc = new Document(article);
        annotator.annotate(doc);
        linker.link(doc);
        extractor.extract(doc);
        return doc;
    }

    /** Processes an article and pushes the quads of its named graph into {@code out}. */
    public Document toRdf(Article article, StreamRDF out) {
        Document doc = process(article);
        mapper.map(doc, out);
        return doc;
    }
}
