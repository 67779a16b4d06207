package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;
import org.sitrep.rdf.Vocab;

/**
 * The digest must always equal what its definition computes from the article graphs, whichever
 * way the articles were written (bulk, incremental, replaced), and must drop what no article
 * mentions any more.
 */
class DigestTest {

    @TempDir
    Path tmp;

    private static final String RECENT = DigestCheck.PREFIXES + """
            SELECT ?a WHERE { GRAPH id:digest { id:digest sitrep:recentArticle ?a } }
            """;

    private static final String ARTICLES = DigestCheck.PREFIXES + """
            SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }
            """;

    @Test
    void incrementalLoadsAndReplacementsKeepTheDigestEqualToItsDefinition() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        Path changing = articles.resolve("brigade-lituanie.txt");
        Files.copy(TestFiles.resource("e2e/brigade-lituanie.txt"), changing);
        Files.copy(TestFiles.resource("e2e/renforts-pologne.jsonl"), articles.resolve("renforts-pologne.jsonl"));
        try (Store store = Store.open(tmp.resolve("store"))) {
            Loader loader = new Loader(Pipeline.standard(), store);
            assertTrue(loader.load(List.of(articles), (n, id) -> { }).ok());
            DigestCheck.assertMatchesArticles(store.dataset());
            assertFalse(rows(store.dataset(), DigestCheck.ENTITIES_IN_DIGEST).isEmpty(), "the articles mention entities");
            Set<List<String>> entitiesBefore = rows(store.dataset(), DigestCheck.ENTITIES_IN_DIGEST);

            // The same file now holds another text: its entities and flows change, some vanish.
            Files.copy(TestFiles.resource("e2e/brigade-chiffres.txt"), changing,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertTrue(loader.load(List.of(changing), (n, id) -> { }).ok());
            DigestCheck.assertMatchesArticles(store.dataset());
            assertFalse(entitiesBefore.equals(rows(store.dataset(), DigestCheck.ENTITIES_IN_DIGEST)),
                    "the replacement changed the totals (else this test proves nothing)");

            assertEquals(rows(store.dataset(), ARTICLES), rows(store.dataset(), RECENT),
                    "with fewer than 1,000 articles, every article is a recent one");
        }
    }

    @Test
    void theBulkLoadWritesTheSameDigestAsTheIncrementalLoad() {
        Path examples = TestFiles.projectRoot().resolve("examples");
        Pipeline pipeline = Pipeline.standard();
        Set<List<String>> incrementalEntities;
        Set<List<String>> incrementalFlows;
        try (Store store = Store.open(tmp.resolve("incremental"))) {
            assertTrue(new Loader(pipeline, store).load(List.of(examples), (n, id) -> { }).ok());
            incrementalEntities = rows(store.dataset(), DigestCheck.ENTITIES_IN_DIGEST);
            incrementalFlows = rows(store.dataset(), DigestCheck.FLOWS_IN_DIGEST);
        }
        try (Store store = Store.open(tmp.resolve("bulk"))) {
            assertTrue(new Loader(pipeline, store).bulkLoad(List.of(examples), (n, id) -> { }).ok());
            DigestCheck.assertMatchesArticles(store.dataset());
            assertEquals(incrementalEntities, rows(store.dataset(), DigestCheck.ENTITIES_IN_DIGEST));
            assertEquals(incrementalFlows, rows(store.dataset(), DigestCheck.FLOWS_IN_DIGEST));
            assertFalse(incrementalFlows.isEmpty(), "the examples report deployments");
        }
    }

    @Test
    void theDigestCommandRebuildsADigestThatWritesAroundTheLoaderLeftBehind() {
        Path dir = tmp.resolve("store");
        try (Store store = Store.open(dir)) {
            assertTrue(new Loader(Pipeline.standard(), store)
                    .load(List.of(TestFiles.resource("e2e")), (n, id) -> { }).ok());
            // An article graph copied in by hand, and a total edited: the digest no longer agrees.
            Txn.executeWrite(store.dataset(), () -> {
                UpdateAction.parseExecute(DigestCheck.PREFIXES + """
                        INSERT { GRAPH <https://w3id.org/sitrep/id/article/copy> { ?s ?p ?o } }
                        WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != id:digest) }""", store.dataset());
                UpdateAction.parseExecute(DigestCheck.PREFIXES + """
                        DELETE { GRAPH id:digest { ?e sitrep:mentionCount ?n } }
                        INSERT { GRAPH id:digest { ?e sitrep:mentionCount 999 } }
                        WHERE { GRAPH id:digest { ?e sitrep:mentionCount ?n } }""", store.dataset());
            });
            assertThrows(AssertionError.class, () -> DigestCheck.assertMatchesArticles(store.dataset()));
        }
        assertEquals(0, Main.execute("digest", "--store", dir.toString()));
        try (Store store = Store.open(dir)) {
            DigestCheck.assertMatchesArticles(store.dataset());
        }
    }

    @Test
    void theLargestFigureOfAFlowSurvivesReplacingTheArticlesThatGaveIt() {
        try (Store store = Store.open(tmp.resolve("store"))) {
            store.replaceGraphs(Map.of(article("a"), deployment("a", 300), article("b"), deployment("b", 500)));
            assertEquals("500 1", largest(store));
            // The only report of 500 is replaced: the maximum is read again from the reports.
            store.replaceGraphs(Map.of(article("b"), deployment("b", 200)));
            assertEquals("300 1", largest(store));
            store.replaceGraphs(Map.of(article("c"), deployment("c", 300)));
            assertEquals("300 2", largest(store));
            // One of two reports of 300 is replaced: arithmetic is enough.
            store.replaceGraphs(Map.of(article("a"), deployment("a", 100)));
            assertEquals("300 1", largest(store));
            DigestCheck.assertMatchesArticles(store.dataset());
        }
    }

    private static String article(String id) {
        return Vocab.ID + "article/" + id;
    }

    /** An article graph with one deployment: France sends {@code count} soldiers to Lithuania. */
    private static Graph deployment(String id, int count) {
        Graph g = GraphFactory.createDefaultGraph();
        Node france = NodeFactory.createURI(Vocab.ID + "entity/Q142");
        Node lithuania = NodeFactory.createURI(Vocab.ID + "entity/Q37");
        Node d = NodeFactory.createURI(article(id) + "/deployment/1");
        g.add(france, Vocab.type, Vocab.Country);
        g.add(lithuania, Vocab.type, Vocab.Country);
        g.add(france, Vocab.sent, d);
        g.add(d, Vocab.destination, lithuania);
        g.add(d, Vocab.status, Vocab.Planned);
        g.add(d, Vocab.unitCategory, Vocab.Personnel);
        g.add(d, Vocab.troopCount, NodeFactory.createLiteralByValue(count, XSDDatatype.XSDinteger));
        return g;
    }

    private static String largest(Store store) {
        Set<List<String>> rows = rows(store.dataset(), DigestCheck.PREFIXES + """
                SELECT (STR(?l) AS ?largest) (STR(?n) AS ?reports)
                WHERE { GRAPH id:digest { ?flow sitrep:largestFigure ?l ; sitrep:largestFigureReports ?n } }""");
        assertEquals(1, rows.size(), rows::toString);
        return String.join(" ", rows.iterator().next());
    }

    @Test
    void theRecentArticlesAreTheNewestThousandWithUndatedArticlesLast() {
        Digest.Tally all = new Digest.Tally();
        List<Node> byAge = new ArrayList<>();
        all.add(Digest.Tally.of(article("undated", null)), +1);
        for (int day = 0; day < Digest.RECENT + 4; day++) {
            String date = java.time.LocalDate.of(2020, 1, 1).plusDays(day).toString();
            Graph g = article("a" + day, date);
            byAge.add(NodeFactory.createURI(Vocab.ID + "article/a" + day));
            all.add(Digest.Tally.of(g), +1);
        }
        Set<Node> recent = new HashSet<>();
        all.quads().stream().filter(q -> q.getPredicate().equals(Vocab.recentArticle)).map(Quad::getObject)
                .forEach(recent::add);
        assertEquals(new HashSet<>(byAge.subList(4, byAge.size())), recent,
                "the 1,000 newest dated articles; the four oldest and the undated one are left out");
    }

    private static Graph article(String id, String date) {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI(Vocab.ID + "article/" + id);
        g.add(a, Vocab.type, Vocab.NewsArticle);
        if (date != null) {
            g.add(a, Vocab.datePublished, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        }
        return g;
    }

    private static Set<List<String>> rows(Dataset ds, String query) {
        return DigestCheck.rows(ds, query);
    }
}
