package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.TestFiles;

/** The parallel incremental path and the bulk path against the one-article-at-a-time load. */
class ParallelLoaderTest {

    private static final Path EXAMPLES = TestFiles.projectRoot().resolve("examples");
    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void pipeline() {
        pipeline = Pipeline.standard();
    }

    /** Every quad of the store as sorted N-Quads lines (the graph has no blank nodes). */
    private static Set<String> quads(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> lines = new TreeSet<>();
            store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            return lines;
        });
    }

    /** The subjects (with their graph) that a jena-text search finds, as strings, sorted. */
    private static List<String> textHits(Store store, String property, String word) {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX sitrep: <https://w3id.org/sitrep/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?s ?g WHERE { (?s ?score ?literal ?g) text:query (%s "%s" 100000) }
                """.formatted(property, word);
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    hits.add(row.get("s") + " in " + row.get("g"));
                }
            }
            hits.sort(null);
            return hits;
        });
    }

    /** A word of the first claim (by IRI order) long enough to be a search term. */
    private static String someWord(Store store, String property) {
        String query = "PREFIX sitrep: <https://w3id.org/sitrep/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?text WHERE { ?s " + property + " ?text } ORDER BY ?s ?text LIMIT 1";
        String text = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("text").getLexicalForm();
            }
        });
        String longest = "";
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() > longest.length()) {
                longest = w;
            }
        }
        return longest;
    }

    @Test
    void parallelLoadWritesExactlyTheQuadsOfASequentialOne() {
        try (Store sequential = Store.open(tmp.resolve("sequential"));
             Store parallel = Store.open(tmp.resolve("parallel"))) {
            Loader.Summary one = new Loader(pipeline, sequential, 1, 1).load(List.of(EXAMPLES), (n, id) -> { });
            Loader.Summary many = new Loader(pipeline, parallel, 4, 3).load(List.of(EXAMPLES), (n, id) -> { });
            assertTrue(one.loaded() > 5, one.toString());
            assertEquals(one.loaded(), many.loaded());
            assertEquals(one.quads(), many.quads());
            Set<String> expected = quads(sequential);
            assertFalse(expected.isEmpty());
            assertEquals(expected, quads(parallel));
        }
    }

    @Test
    void bulkLoadIntoAnEmptyStoreGivesTheSameGraphAndTextIndex() {
        try (Store incremental = Store.open(tmp.resolve("incremental"));
             Store bulk = Store.open(tmp.resolve("bulk"))) {
            new Loader(pipeline, incremental, 2, 4).load(List.of(EXAMPLES), (n, id) -> { });
            assertTrue(bulk.isEmpty());
            Loader.Summary summary = new Loader(pipeline, bulk, 2, 4).bulkLoad(List.of(EXAMPLES), (n, id) -> { });
            assertTrue(summary.ok(), summary.problems().toString());
            assertEquals(quads(incremental), quads(bulk));

            String claimWord = someWord(incremental, "sitrep:claim");
            List<String> claimHits = textHits(incremental, "sitrep:claim", claimWord);
            assertFalse(claimHits.isEmpty(), "the incremental index finds '" + claimWord + "'");
            assertEquals(claimHits, textHits(bulk, "sitrep:claim", claimWord));

            String labelWord = someWord(incremental, "rdfs:label");
            List<String> labelHits = textHits(incremental, "rdfs:label", labelWord);
            assertFalse(labelHits.isEmpty(), "the incremental index finds the label '" + labelWord + "'");
            assertEquals(labelHits, textHits(bulk, "rdfs:label", labelWord));
        }
    }

    @Test
    void reloadingIncrementallyAfterABulkLoadChangesNothing() {
        try (Store store = Store.open(tmp.resolve("store"))) {
            new Loader(pipeline, store, 2, 4).bulkLoad(List.of(EXAMPLES), (n, id) -> { });
            Set<String> before = quads(store);
            String word = someWord(store, "sitrep:claim");
            List<String> hits = textHits(store, "sitrep:claim", word);

            Loader.Summary again = new Loader(pipeline, store, 2, 4).load(List.of(EXAMPLES), (n, id) -> { });
            assertTrue(again.ok(), again.problems().toString());
            assertEquals(before, quads(store));
            assertEquals(hits, textHits(store, "sitrep:claim", word),
                    "replacing a bulk-loaded graph also replaces its index entries");

            assertThrows(IllegalStateException.class,
                    () -> new Loader(pipeline, store).bulkLoad(List.of(EXAMPLES), (n, id) -> { }),
                    "the bulk loader refuses a store that holds data");
        }
    }

    @Test
    void badInputInAParallelLoadIsReportedByFileAndTheRestLoads() throws IOException {
        Path articles = tmp.resolve("mixed");
        Files.createDirectories(articles.resolve("again"));
        Files.copy(TestFiles.resource("e2e/brigade-lituanie.txt"), articles.resolve("good.txt"));
        Files.copy(TestFiles.resource("e2e/brigade-chiffres.txt"), articles.resolve("other.txt"));
        Files.copy(TestFiles.resource("e2e/brigade-chiffres.txt"), articles.resolve("again/other.txt"));
        Files.write(articles.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(articles.resolve("empty.txt"), "   \n");
        Files.writeString(articles.resolve("feed.jsonl"), "{\"id\": \"x\", \"text\": \"Une phrase.\"}\n{broken\n");
        for (boolean bulk : new boolean[] {false, true}) {
            try (Store store = Store.open(tmp.resolve("store-" + bulk))) {
                Loader loader = new Loader(pipeline, store, 3, 2);
                List<Path> paths = List.of(articles, tmp.resolve("missing.txt"));
                Loader.Summary summary = bulk ? loader.bulkLoad(paths, (n, id) -> { }) : loader.load(paths, (n, id) -> { });
                assertEquals(3, summary.loaded(), summary.problems().toString());
                assertEquals(1, summary.skipped(), "the second other.txt has a duplicate id");
                assertEquals(4, summary.failed(), summary.problems().toString());
                for (String name : List.of("broken.txt", "empty.txt", "feed.jsonl:2", "missing.txt", "again/other.txt")) {
                    assertTrue(summary.problems().stream().anyMatch(p -> p.contains(name)), name + " in " + summary.problems());
                }
                assertTrue(quads(store).stream().anyMatch(q -> q.contains("/article/good>")));
            }
        }
    }
}
