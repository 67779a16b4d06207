package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.TestFiles;

class StoreTest {

    @TempDir
    Path tmp;

    private static final String CLAIMS = """
            PREFIX sitrep: <https://w3id.org/sitrep/ns#>
            SELECT (COUNT(*) AS ?n) WHERE { ?who sitrep:said ?s . ?s sitrep:claim ?claim .
              FILTER(CONTAINS(STR(?claim), "%s")) }
            """;

    private static long count(Store store, String claimPart) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(CLAIMS.formatted(claimPart)).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void reloadingIsIdempotentAndAChangedArticleReplacesItsFacts() throws IOException {
        Path articles = tmp.resolve("articles");
        Files.createDirectories(articles);
        Path article = articles.resolve("brigade-lituanie.txt");
        Files.copy(TestFiles.resource("e2e/brigade-lituanie.txt"), article);
        Files.copy(TestFiles.resource("e2e/renforts-pologne.jsonl"), articles.resolve("renforts-pologne.jsonl"));
        Pipeline pipeline = Pipeline.standard();
        try (Store store = Store.open(tmp.resolve("store"))) {
            Loader loader = new Loader(pipeline, store);
            Loader.Summary first = loader.load(List.of(articles), (n, id) -> { });
            assertEquals(2, first.loaded(), first.problems().toString());
            long size = store.size();
            assertTrue(size > 0);
            assertTrue(count(store, "Nous tiendrons parole") > 0, "the quote is in the store");

            Loader.Summary second = loader.load(List.of(articles), (n, id) -> { });
            assertEquals(2, second.loaded());
            assertEquals(size, store.size(), "loading the same articles again changes nothing");

            String changed = Files.readString(article).replace("Nous tiendrons parole", "Nous garderons le cap");
            Files.writeString(article, changed);
            loader.load(List.of(article), (n, id) -> { });
            assertEquals(0, count(store, "Nous tiendrons parole"), "the old claim is gone");
            assertEquals(1, count(store, "Nous garderons le cap"), "the new claim replaced it");
        }
    }

    @Test
    void badInputIsReportedAndTheRestLoads() throws IOException {
        Path articles = tmp.resolve("mixed");
        Files.createDirectories(articles);
        Files.copy(TestFiles.resource("e2e/brigade-lituanie.txt"), articles.resolve("good.txt"));
        Files.write(articles.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(articles.resolve("empty.txt"), "   \n");
        try (Store store = Store.open(tmp.resolve("store2"))) {
            Loader.Summary summary = new Loader(Pipeline.standard(), store)
                    .load(List.of(articles, tmp.resolve("missing.txt")), (n, id) -> { });
            assertEquals(1, summary.loaded());
            assertEquals(3, summary.failed(), summary.problems().toString());
            assertFalse(summary.ok());
            assertTrue(summary.problems().stream().anyMatch(p -> p.contains("broken.txt")));
            assertTrue(summary.problems().stream().anyMatch(p -> p.contains("empty.txt")));
            assertTrue(summary.problems().stream().anyMatch(p -> p.contains("missing.txt")));
        }
    }
}
