package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.rdf.Iris;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;

/**
 * Loads articles into a store: read, run the pipeline, check the article's graph against the
 * shapes, then replace the article's named graph in one transaction. One bad input is reported
 * and skipped; the others still load, and nothing half-written reaches the store.
 */
public final class Loader {

    /** What a load did, for the summary line and the exit code. */
    public record Summary(int loaded, int skipped, int failed, long quads, List<String> problems) {

        public boolean ok() {
            return failed == 0;
        }
    }

    /** Receives progress as articles are processed. */
    public interface Progress {
        void article(int done, String articleId);
    }

    private final Pipeline pipeline;
    private final Store store;

    public Loader(Pipeline pipeline, Store store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    public Summary load(List<Path> paths, Progress progress) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int[] counts = new int[3]; // loaded, skipped, failed
        long[] quads = {0};
        new ArticleReader().read(paths, new ArticleSink() {
            @Override
            public void article(Article a) {
                String first = seen.putIfAbsent(a.id(), a.source());
                if (first != null) {
                    counts[1]++;
                    problems.add(a.source() + ": duplicate article id '" + a.id() + "' (first read from "
                            + first + "); skipped");
                    return;
                }
                try {
                    quads[0] += loadOne(a);
                    counts[0]++;
                } catch (RuntimeException e) {
                    counts[2]++;
                    problems.add(a.source() + ": not loaded: " + e.getMessage());
                }
                progress.article(counts[0] + counts[1] + counts[2], a.id());
            }

            @Override
            public void problem(String where, String message) {
                counts[2]++;
                problems.add(where + ": " + message);
            }
        });
        return new Summary(counts[0], counts[1], counts[2], quads[0], problems);
    }

    private long loadOne(Article a) {
        DatasetGraph graph = DatasetGraphFactory.createTxnMem();
        pipeline.toRdf(a, StreamRDFLib.dataset(graph));
        String name = Iris.article(a.id());
        ValidationReport report = Validation.validate(graph.getGraph(NodeFactory.createURI(name)));
        if (!report.conforms()) {
            throw new IllegalStateException("its graph violates the shapes: " + firstViolation(report));
        }
        store.replaceGraph(name, graph);
        return graph.stream().count();
    }

    private static String firstViolation(ValidationReport report) {
        var entry = report.getEntries().iterator().next();
        return ShLib.displayStr(entry.focusNode()) + " " + entry.message();
    }
}
