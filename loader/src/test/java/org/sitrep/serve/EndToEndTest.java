package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;
import org.sitrep.query.QueryRunner;
import org.sitrep.store.Store;

/**
 * The whole path for real: fixture articles loaded into a TDB2 store by the command line, the
 * store checked against the shapes, Fuseki started on a free port, and every query of the
 * library run over HTTP with its answers checked.
 */
class EndToEndTest {

    @TempDir
    static Path tmp;

    private static Store store;
    private static Server server;

    @BeforeAll
    static void loadAndServe() {
        Path dir = tmp.resolve("store");
        int loaded = Main.execute("load", "--quiet", "--store", dir.toString(),
                TestFiles.resource("e2e").toString(), TestFiles.projectRoot().resolve("examples").toString());
        assertEquals(0, loaded, "every fixture loads");
        assertEquals(0, Main.execute("validate", "--store", dir.toString()), "the store passes the shapes");
        store = Store.open(dir);
        server = Server.start(store, 0, true);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Rows of a SELECT over HTTP, each as variable -> lexical form. */
    private static List<Map<String, String>> select(Query query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> {
                    var node = s.get(v);
                    row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean any(List<Map<String, String>> rows, String var, String contains) {
        return rows.stream().anyMatch(r -> r.getOrDefault(var, "").contains(contains));
    }

    private static boolean anyRow(List<Map<String, String>> rows, Map<String, String> wanted) {
        return rows.stream().anyMatch(r -> wanted.entrySet().stream()
                .allMatch(w -> r.getOrDefault(w.getKey(), "").contains(w.getValue())));
    }

    @Test
    void aSelectOverSaidReturnsRows() {
        Query q = QueryRunner.prepare("""
                PREFIX sitrep: <https://w3id.org/sitrep/ns#>
                SELECT ?who ?claim WHERE { ?who sitrep:said ?s . ?s sitrep:claim ?claim }""", Map.of());
        assertTrue(select(q).size() >= 5);
    }

    @Test
    void theWebUiAndPingAnswer() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + server.port();
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ping.statusCode());
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<html") || ui.body().contains("<!DOCTYPE"), "the Fuseki UI page");
    }

    @Test
    void theEndpointIsReadOnly() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + server.port() + "/sitrep";
        for (String path : List.of("", "/update", "/sparql", "/data")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, path + " refused an update: " + r.statusCode());
        }
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/$/datasets/sitrep"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(admin.statusCode() >= 400, "the admin area refuses to delete: " + admin.statusCode());
        assertTrue(select(QueryRunner.prepare("SELECT * { ?s ?p ?o } LIMIT 1", Map.of())).size() == 1,
                "the data is still there");
    }

    /** What each library query must answer over the fixtures; a query without a check fails. */
    private static Map<String, Consumer<List<Map<String, String>>>> expectations() {
        Map<String, Consumer<List<Map<String, String>>>> e = new HashMap<>();
        e.put("who-said-what", rows -> {
            assertTrue(anyRow(rows, Map.of("speakerLabel", "Boris Pistorius", "claim", "Nous tiendrons parole")), rows.toString());
            assertTrue(any(rows, "speakerType", "AnonymousSource"), "anonymous speakers listed");
        });
        e.put("statements-by-person", rows -> assertTrue(any(rows, "personLabel", "Boris Pistorius"), rows.toString()));
        e.put("anonymous-sources", rows -> assertTrue(any(rows, "source", "diplomate européen"), rows.toString()));
        e.put("troops-by-sender-and-destination", rows -> assertTrue(rows.stream().anyMatch(r ->
                "Allemagne".equals(r.get("senderLabel")) && "Lituanie".equals(r.get("destinationLabel"))
                        && Integer.parseInt(r.get("withFigure")) >= 2 && Integer.parseInt(r.get("totalCount")) >= 4000),
                rows.toString()));
        e.put("deployment-timeline", rows -> {
            assertTrue(anyRow(rows, Map.of("senderLabel", "Allemagne", "count", "4000", "phase", "announced")), rows.toString());
            assertTrue(anyRow(rows, Map.of("senderLabel", "États-Unis", "count", "1500")), rows.toString());
        });
        e.put("conflicting-figures", rows -> assertTrue(
                anyRow(rows, Map.of("senderLabel", "Allemagne", "destinationLabel", "Lituanie")), rows.toString()));
        e.put("entities-most-mentioned", rows -> {
            assertTrue(anyRow(rows, Map.of("entityLabel", "Lituanie", "wikidata", "Q37")), rows.toString());
            assertTrue(Integer.parseInt(rows.get(0).get("mentions")) >= Integer.parseInt(rows.get(rows.size() - 1).get("mentions")));
        });
        e.put("said-by-or-about", rows -> assertTrue(any(rows, "claim", "Nous tiendrons parole"), rows.toString()));
        e.put("entity-roles", rows -> assertTrue(rows.stream().anyMatch(r -> "Boris Pistorius".equals(r.get("personLabel"))
                && r.get("jobTitle").contains("ministre") && Integer.parseInt(r.get("articles")) >= 1), rows.toString()));
        e.put("claims-fulltext", rows -> assertTrue(any(rows, "claim", "renforts"), rows.toString()));
        e.put("articles", rows -> {
            assertTrue(anyRow(rows, Map.of("identifier", "brigade-lituanie", "outlet", "La Gazette du Nord")), rows.toString());
            assertTrue(any(rows, "identifier", "renforts-pologne"), rows.toString());
        });
        return e;
    }

    @TestFactory
    Stream<DynamicTest> everyLibraryQueryAnswersOverHttp() throws IOException {
        Map<String, Consumer<List<Map<String, String>>>> checks = expectations();
        Path dir = TestFiles.projectRoot().resolve("queries");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the library has its queries");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString().replace(".rq", "");
            Consumer<List<Map<String, String>>> check = checks.get(name);
            if (check == null) {
                fail("no expectation for queries/" + name + ".rq: add one to EndToEndTest");
            }
            Map<String, String> params = name.equals("said-by-or-about") ? Map.of("entityLabel", "Boris Pistorius")
                    : name.equals("claims-fulltext") ? Map.of("q", "renforts") : Map.of();
            List<Map<String, String>> rows = select(QueryRunner.prepare(Files.readString(file), params));
            assertTrue(!rows.isEmpty(), name + " answered no rows");
            check.accept(rows);
        }));
    }
}
