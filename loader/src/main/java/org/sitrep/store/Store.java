package org.sitrep.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.sitrep.Resources;

/**
 * The store stage: a TDB2 dataset with its jena-text index, opened from the Fuseki
 * configuration in {@code fuseki-config/sitrep.ttl} so that loading and serving see one dataset
 * definition. Each article lives in its own named graph, replaced whole in one transaction
 * together with the store-wide totals of the {@link Digest digest graph}.
 */
public final class Store implements AutoCloseable {

    public static final Path DEFAULT_LOCATION = Path.of("data", "tdb2");
    /** The Lucene index lives inside the store folder, so one folder is the whole store. */
    static final String TEXT_INDEX_DIR = "text-index";

    private static final String TEXT_NS = "http://jena.apache.org/text#";

    private final Path location;
    private final Resource definition;
    private final Dataset dataset;

    private Store(Path location, Resource definition, Dataset dataset) {
        this.location = location;
        this.definition = definition;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static Store open(Path dir) {
        Path location = dir.toAbsolutePath().normalize();
        Resource root = datasetResource(configFor(location));
        try {
            Dataset ds = (Dataset) Assembler.general().open(root);
            return new Store(location, root, ds);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Failed to get a lock")) {
                throw new IllegalStateException("the store " + location + " is in use by another process "
                        + "(a running 'sitrep serve'?): stop it, query it with 'sitrep query --endpoint', or load into it with 'sitrep serve --load PATH'", e);
            }
            throw e;
        }
    }

    /**
     * The Fuseki configuration with its store and index locations set to {@code location}
     * (created if missing).
     */
    public static Model configFor(Path location) {
        try {
            Files.createDirectories(location.resolve(TEXT_INDEX_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store at " + location, e);
        }
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(Resources.text("fuseki-config/sitrep.ttl")))
                .lang(Lang.TURTLE).parse(m);
        replaceObject(m, VocabTDB2.pLocation, m.createLiteral(location.toString()));
        Property textDirectory = m.createProperty(TEXT_NS, "directory");
        replaceObject(m, textDirectory,
                m.createResource(location.resolve(TEXT_INDEX_DIR).toUri().toString()));
        return m;
    }

    private static void replaceObject(Model m, Property p, RDFNode value) {
        List<Statement> found = m.listStatements(null, p, (RDFNode) null).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("fuseki-config/sitrep.ttl must have exactly one " + p
                    + " (found " + found.size() + ")");
        }
        Statement s = found.get(0);
        m.remove(s);
        m.add(s.getSubject(), p, value);
    }

    private static Resource datasetResource(Model config) {
        Resource textDataset = config.createResource(TEXT_NS + "TextDataset");
        List<Resource> roots = config.listSubjectsWithProperty(RDF.type, textDataset).toList();
        if (roots.size() != 1) {
            throw new IllegalStateException("fuseki-config/sitrep.ttl must define one text:TextDataset");
        }
        return roots.get(0);
    }

    public Path location() {
        return location;
    }

    /**
     * The dataset's description in the configuration this store was opened with; its model
     * also holds the Fuseki service that serves it.
     */
    public Resource definition() {
        return definition;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * Replaces each named graph (key: graph name) with the triples of its graph, all in one
     * write transaction, with the digest's totals: readers see the old graphs or the new ones,
     * never a mix, and a failure leaves every old graph in place. Batching several articles
     * per transaction saves a commit (and a text-index commit) per article.
     */
    public void replaceGraphs(Map<String, Graph> graphs) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            Digest.Tally change = new Digest.Tally();
            graphs.forEach((name, graph) -> {
                Node g = NodeFactory.createURI(name);
                change.add(Digest.Tally.of(dsg.getGraph(g)), -1);
                change.add(Digest.Tally.of(graph), +1);
                removeGraph(dsg, g);
                graph.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            change.applyTo(dsg);
        });
    }

    /**
     * Recomputes the digest graph from every article graph, in one write transaction: for a
     * store whose articles were written around {@code sitrep load} (bulk-loaded N-Quads shards,
     * SPARQL updates) or before the digest existed.
     *
     * @return the number of article graphs summed
     */
    public int rebuildDigest() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateWrite(dataset, () -> {
            Digest.Tally all = new Digest.Tally();
            List<Node> articles = Iter.toList(Iter.filter(dsg.listGraphNodes(), g -> !g.equals(Digest.GRAPH)));
            articles.forEach(g -> all.add(Digest.Tally.of(dsg.getGraph(g)), +1));
            removeGraph(dsg, Digest.GRAPH);
            all.quads().forEach(dsg::add);
            return articles.size();
        });
    }

    /** Removes a graph's quads (and, through the text dataset, their index entries). */
    private static void removeGraph(DatasetGraph dsg, Node g) {
        List<Quad> old = Iter.toList(dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
        old.forEach(dsg::delete);
    }

    /** True when the store holds no quad at all. */
    public boolean isEmpty() {
        DatasetGraph tdb = tdb();
        return Txn.calculateRead(tdb, tdb::isEmpty);
    }

    /**
     * Starts a bulk load into this (empty) store with TDB2's phased loader, the loader
     * {@code tdb2.tdbloader} uses for an empty store. Nothing else may use the store until the
     * bulk load is finished or closed.
     */
    Bulk bulk() {
        return new Bulk();
    }

    /**
     * A bulk load in progress: quads go to the TDB2 loader, and the ones the text index maps
     * ({@code sitrep:claim}, {@code rdfs:label}) to the Lucene index, as the text dataset would
     * index them in a transaction; both are committed by {@link #finish()}.
     */
    final class Bulk implements AutoCloseable {
        private final DataLoader loader = LoaderFactory.phasedLoader(tdb(), MonitorOutputs.nullOutput());
        private final TextIndex index = textIndex();
        private final EntityDefinition indexed = index.getDocDef();
        private final StreamRDF quads;
        /** The totals of the articles added so far: one entry per entity and flow, not per article. */
        private final Digest.Tally digest = new Digest.Tally();
        private boolean finished;

        private Bulk() {
            loader.startBulk();
            quads = loader.stream();
            quads.start();
        }

        void add(String graphName, Graph graph) {
            Node g = NodeFactory.createURI(graphName);
            graph.find().forEachRemaining(t -> add(Quad.create(g, t)));
            digest.add(Digest.Tally.of(graph), +1);
        }

        private void add(Quad q) {
            quads.quad(q);
            Entity entity = TextQueryFuncs.entityFromQuad(indexed, q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            if (entity != null) {
                index.addEntity(entity);
            }
        }

        /** Writes the digest of everything added, then commits the store and the text index. */
        void finish() {
            digest.quads().forEach(this::add);
            quads.finish();
            loader.finishBulk();
            index.prepareCommit();
            index.commit();
            finished = true;
        }

        @Override
        public void close() {
            if (!finished) {
                index.rollback();
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            }
        }
    }

    /** The TDB2 dataset under the text dataset. */
    private DatasetGraph tdb() {
        return ((DatasetGraphWrapper) dataset.asDatasetGraph()).getWrapped();
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () ->
                Iter.count(dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** The jena-text index, which the bulk path fills itself. */
    TextIndex textIndex() {
        return ((DatasetGraphText) dataset.asDatasetGraph()).getTextIndex();
    }

    /**
     * Closes the text index and releases the TDB2 database, caches included: TDB2 keeps an open
     * database (and its node caches) for the whole JVM otherwise, even after close. One JVM
     * never holds two stores of one folder (the text index's lock forbids it).
     */
    @Override
    public void close() {
        DatasetGraph tdb = tdb();
        dataset.close();
        TDBInternal.expel(tdb);
    }
}
