package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.TestFiles;
import org.sitrep.store.Loader;
import org.sitrep.store.Store;

/** The endpoint's defences: read-only by default, timeouts, result ceiling, clean errors, CORS, auth. */
class EndpointSafetyTest {

    @TempDir
    static Path tmp;

    private static Store store;
    private static Server server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        store = Store.open(tmp.resolve("store"));
        Loader.Summary summary = new Loader(Pipeline.standard(), store)
                .load(List.of(TestFiles.resource("e2e")), (n, id) -> { });
        assertTrue(summary.ok(), summary.problems().toString());
        Path users = tmp.resolve("users.txt");
        Files.writeString(users, "editor: s3cret-pass\n");
        server = Server.start(store, Server.Settings.defaults().withPort(0)
                .withQueryTimeout(Duration.ofSeconds(2)).withMaxResults(25).withUpdates(users));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> update(String sparql, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (credentials != null) {
            req.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Rows of a CSV answer whose values hold no line breaks (IRIs only). */
    private static long rows(HttpResponse<String> csv) {
        return csv.body().lines().count() - 1;
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        String body = response.body();
        assertFalse(body.contains("\tat ") || body.contains("at org.") || body.contains("Exception"),
                "no stack trace in the response: " + body);
        assertFalse(body.contains(tmp.toString()) || body.contains("/work/") || body.contains("/home/"),
                "no file path in the response: " + body);
    }

    @Test
    void resultsAreCappedButSmallerLimitsKept() throws Exception {
        assertEquals(25, rows(query("SELECT ?s ?p { ?s ?p ?o }")));
        assertEquals(3, rows(query("SELECT ?s ?p { ?s ?p ?o } LIMIT 3")));
        assertEquals(25, rows(query("SELECT ?s ?p { ?s ?p ?o } LIMIT 100000")));
    }

    @Test
    void aRunawayQueryGetsAnErrorAndTheServerKeepsAnswering() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> runaway = query("""
                SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l
                  FILTER(STRLEN(CONCAT(STR(?a), STR(?f), STR(?i), STR(?l))) > 0) }""");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(503, runaway.statusCode(), "stopped by the timeout: " + runaway.body());
        assertTrue(runaway.body().contains("timed out"), runaway.body());
        assertTrue(seconds < 30, "the 2 s timeout stopped it, not the client, after " + seconds + " s");
        assertNoInternals(runaway);
        assertEquals(200, query("ASK { ?s ?p ?o }").statusCode(), "the server still answers");
    }

    @Test
    void errorsSayWhatIsWrongWithoutInternals() throws Exception {
        HttpResponse<String> bad = query("SELECT * WHERE { ?s ?p ");
        assertEquals(400, bad.statusCode());
        assertNoInternals(bad);
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/nosuchdataset/sparql?query=ASK%7B%7D")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertNoInternals(missing);
        HttpResponse<String> noGraph = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()
                + "/get?graph=" + URLEncoder.encode("https://exemple.org/none", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, noGraph.statusCode());
        assertNoInternals(noGraph);
    }

    @Test
    void corsLetsVisualizersOnOtherOriginsQuery() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://visualizer.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), preflight.headers().toString());
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%7D"))
                .header("Origin", "http://visualizer.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void updatesNeedCredentialsAndTheQueryEndpointNeverUpdates() throws Exception {
        String insert = "INSERT DATA { GRAPH <https://exemple.org/g> { <https://exemple.org/s> <https://exemple.org/p> \"o\" } }";
        assertEquals(401, update(insert, null).statusCode(), "no credentials, no update");
        assertEquals(401, update(insert, "editor:wrong").statusCode(), "wrong password, no update");
        assertEquals(0, rows(query("SELECT * { <https://exemple.org/s> ?p ?o }")));
        int ok = update(insert, "editor:s3cret-pass").statusCode();
        assertTrue(ok == 200 || ok == 204, "the editor may update: " + ok);
        assertEquals(1, rows(query("SELECT * { <https://exemple.org/s> ?p ?o }")));
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(viaQuery.statusCode() >= 400, "the query endpoint refuses updates: " + viaQuery.statusCode());
    }
}
