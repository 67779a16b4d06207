package org.sitrep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.cli.Main;
import org.sitrep.rdf.Iris;
import org.sitrep.store.DigestCheck;
import org.sitrep.store.Store;

/**
 * A load killed with SIGKILL at some moment leaves a store that opens, passes validation, holds
 * only whole articles and a digest that agrees with them, and finishes correctly when the same
 * load is run again.
 */
class KillTest {

    @TempDir
    Path tmp;

    /** The query for {@link #graphSizes}: every article graph, the digest left out. */
    static final String ARTICLE_GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (?g != <" + Iris.digest() + ">) } GROUP BY ?g";

    /** Quads per article graph, read in one transaction. */
    static Map<String, Long> graphSizes(Store store) {
        Map<String, Long> sizes = new HashMap<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(
                    ARTICLE_GRAPH_SIZES).build()) {
                qe.execSelect().forEachRemaining((QuerySolution row) ->
                        sizes.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            }
        });
        return sizes;
    }

    @ParameterizedTest(name = "killed {0} ms after its first commit")
    @ValueSource(ints = {0, 500, 1500})
    void aKilledLoadLeavesOnlyWholeArticlesAndFinishesWhenRunAgain(int delayMillis) throws Exception {
        Corpus corpus = Corpus.build(tmp.resolve("corpus"), 100);
        Path dir = tmp.resolve("store");
        Process load = new ProcessBuilder(javaBinary(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "load", "--quiet", "--store", dir.toString(), corpus.dir.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("load.log").toFile()).start();
        try {
            waitForFirstCommit(dir, load);
            Thread.sleep(delayMillis);
            assertTrue(load.isAlive(), "the load was still running when killed (else this tests nothing)");
        } finally {
            load.destroyForcibly(); // SIGKILL on POSIX
            load.waitFor(30, TimeUnit.SECONDS);
        }

        assertEquals(0, Main.execute("validate", "--store", dir.toString()), "the store opens and passes the shapes");
        try (Store store = Store.open(dir)) {
            Map<String, Long> sizes = graphSizes(store);
            assertTrue(sizes.size() < corpus.expectedQuads.size(), "killed before the end: " + sizes.size());
            sizes.forEach((graph, n) -> assertEquals(corpus.expectedQuads.get(graph), n, graph + " is whole"));
            DigestCheck.assertMatchesArticles(store.dataset());
        }

        assertEquals(0, Main.execute("load", "--quiet", "--store", dir.toString(), corpus.dir.toString()));
        try (Store store = Store.open(dir)) {
            assertEquals(corpus.expectedQuads, graphSizes(store), "the second run finished the load, nothing twice");
            DigestCheck.assertMatchesArticles(store.dataset());
        }
    }

    private static void waitForFirstCommit(Path dir, Process load) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && load.isAlive()) {
            Path index = dir.resolve("text-index");
            if (Files.isDirectory(index)) {
                try (Stream<Path> files = Files.list(index)) {
                    if (files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"))) {
                        return;
                    }
                } catch (IOException racing) {
                    // the index is being written: look again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the load never committed an article");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    @Test
    void theCorpusHelperCountsWholeGraphs() throws IOException {
        Corpus corpus = Corpus.build(tmp.resolve("c"), 1);
        assertTrue(corpus.expectedQuads.size() >= 5 && corpus.totalQuads() > 100);
    }
}
