package org.sitrep;

import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractor;
import org.sitrep.link.Gazetteer;
import org.sitrep.link.Linker;
import org.sitrep.model.Article;
import org.sitrep.model.Document;

/**
 * The one place where the stages meet: read article -> annotate -> link -> extract. Mapping to
 * RDF and storing happen downstream of the returned document. Thread-safe: every stage keeps
 * its state in the document, so one pipeline serves all worker threads.
 */
public final class Pipeline {

    private final Annotator annotator = new Annotator();
    private final Linker linker;
    private final Extractor extractor = new Extractor();

    public Pipeline(Gazetteer gazetteer) {
        this.linker = new Linker(gazetteer);
    }

    public static Pipeline standard() {
        return new Pipeline(Gazetteer.bundled());
    }

    public Document process(Article article) {
        Document doc = new Document(article);
        annotator.annotate(doc);
        linker.link(doc);
        extractor.extract(doc);
        return doc;
    }
}
