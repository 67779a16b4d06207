package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;
import org.sitrep.export.Fixtures;
import org.sitrep.store.Store;

/**
 * The graph page for real: the example articles (and the hand-made fixture graph, which
 * carries statements and a deployment whatever the extractor finds) loaded into a TDB2 store,
 * {@code sitrep serve}'s server on a free port, and headless Chromium driven over the DevTools
 * protocol: the page draws nodes, typing in the search box finds an entity, clicking the result
 * and clicking a node on the canvas show claims and deployments, the query editor opens with
 * the view's SPARQL, and the Cytoscape.js export loads in the real cytoscape.js. A screenshot
 * is kept in {@code target/artifacts/graph-page.png}.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class GraphPageBrowserTest {

    private static final String PISTORIUS = "https://w3id.org/sitrep/id/entity/person/boris-pistorius";
    private static final String LITUANIE = "https://w3id.org/sitrep/id/entity/Q37";
    /** The fixture's statement by Boris Pistorius (the examples may hold more of his). */
    private static final String FIXTURE_CLAIM = "#details .claim[data-statement="
            + "\"https://w3id.org/sitrep/id/article/fixture-brigade/statement/1\"]";

    @TempDir
    static Path tmp;

    private static Store openStore;
    private static Server server;
    private static DevTools browser;
    private static String cytoscapeExport;

    @BeforeAll
    static void serveAndOpen() throws Exception {
        String chromium = executable("chromium", "chromium-browser");
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not on PATH; .ci/run installs it (apt-get install chromium)");
            }
            Assumptions.abort("Chromium is not installed");
        }
        Path store = tmp.resolve("store");
        assertEquals(0, Main.execute("load", "--quiet", "--store", store.toString(),
                TestFiles.projectRoot().resolve("examples").toString()), "the examples load");
        Fixtures.loadEntityGraph(store);
        Path export = tmp.resolve("graph.cyjs");
        assertEquals(0, Main.execute("export", "--store", store.toString(), "--format", "cyjs", "-o", export.toString()));
        cytoscapeExport = Files.readString(export);
        openStore = Store.open(store);
        server = Server.start(openStore, 0, true);
        Path profile = tmp.resolve("profile");
        Files.createDirectories(profile);
        browser = DevTools.launch(chromium, profile, 1400, 900);
        browser.call("Page.enable", java.util.Map.of());
    }

    @AfterAll
    static void closeAll() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (openStore != null) {
            openStore.close();
        }
    }

    static String executable(String... names) {
        String path = System.getenv("PATH");
        for (String name : names) {
            for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private static void openPage() throws Exception {
        // Marks the current document, so that waiting reads the new page, not the one it replaces.
        browser.evaluate("window.previousPage = true");
        browser.navigate(server.graphPageUrl());
        browser.waitFor("(!window.previousPage && document.body && document.body.dataset.state) || 'loading'",
                v -> !v.getAsString().equals("loading"), "the page to load its graph");
        assertEquals("ready", browser.evaluate("document.body.dataset.state").getAsString(),
                "the page loaded: " + browser.evaluate("document.getElementById('status').textContent"));
    }

    /** Clicks the middle of the element the selector finds. */
    private static void clickOn(String selector) throws Exception {
        JsonArray box = browser.evaluate("(() => { const r = document.querySelector(" + js(selector)
                + ").getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()").getAsJsonArray();
        browser.click(box.get(0).getAsDouble(), box.get(1).getAsDouble());
    }

    private static String js(String text) {
        return new com.google.gson.Gson().toJson(text);
    }

    private static String detailsOf(String iri) throws Exception {
        browser.waitFor("document.getElementById('details').dataset.entity === " + js(iri)
                        + " && document.getElementById('details').dataset.state",
                v -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && !v.getAsString().equals("loading"),
                "the details of " + iri);
        assertEquals("ready", browser.evaluate("document.getElementById('details').dataset.state").getAsString(),
                browser.evaluate("document.getElementById('details').textContent").toString());
        return browser.evaluate("document.getElementById('details').innerText").getAsString();
    }

    @Test
    void searchClickAndCanvasClickShowClaims() throws Exception {
        openPage();
        int drawn = browser.evaluate("sitrepGraph.cy.nodes().length").getAsInt();
        assertTrue(drawn > 5, "the page draws the entities: " + drawn);
        assertTrue(browser.evaluate("sitrepGraph.cy.edges().length").getAsInt() > 0, "and their links");

        // Search, as typed, without the accent: "etats" finds "États-Unis".
        browser.evaluate("document.getElementById('search').focus()");
        browser.type("etats-u");
        JsonElement found = browser.waitFor("[...document.querySelectorAll('#results li')].map(li => li.textContent)",
                v -> v.getAsJsonArray().size() > 0, "search results");
        assertTrue(found.toString().contains("États-Unis"), found.toString());

        // A new search, then a click on the result.
        browser.evaluate("(() => { const s = document.getElementById('search'); s.value = ''; s.focus(); })()");
        browser.type("pistor");
        browser.waitFor("document.querySelector('#results li[data-entity]') !== null", JsonElement::getAsBoolean,
                "a result for pistor");
        clickOn("#results li[data-entity=" + js(PISTORIUS) + "]");
        String pistorius = detailsOf(PISTORIUS);
        assertTrue(pistorius.contains("Boris Pistorius"), pistorius);
        assertTrue(pistorius.contains("tient \"sa\" promesse à la Lituanie \\ <&>"), "his claim, as said: " + pistorius);
        assertTrue(pistorius.contains("#char=42,93"), "the claim's place in the text: " + pistorius);
        String sentence = browser.evaluate("document.querySelector(" + js(FIXTURE_CLAIM + " .sentence") + ").textContent").getAsString();
        assertTrue(sentence.startsWith("Le ministre Boris Pistorius a affirmé : « L'Allemagne tient"), sentence);
        assertTrue(sentence.endsWith("<&> »."), "the sentence ends at its full stop: " + sentence);
        assertEquals("L'Allemagne tient \"sa\" promesse à la Lituanie \\ <&>",
                browser.evaluate("document.querySelector(" + js(FIXTURE_CLAIM + " .sentence mark") + ").textContent").getAsString(),
                "the claim is marked inside its sentence");
        String articleLink = browser.evaluate("document.querySelector(" + js(FIXTURE_CLAIM + " a.article") + ").href").getAsString();
        assertEquals("https://example.org/fixture-brigade", articleLink, "the claim links to its article");

        // A click on a node of the canvas: Lituanie, centred and zoomed so that nothing covers it.
        JsonArray point = browser.evaluate("(() => { const cy = sitrepGraph.cy; const n = cy.getElementById("
                + js(LITUANIE) + "); cy.stop(); cy.zoom(2.5); cy.center(n); const p = n.renderedPosition();"
                + " const r = cy.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })()")
                .getAsJsonArray();
        browser.click(point.get(0).getAsDouble(), point.get(1).getAsDouble());
        String lituanie = detailsOf(LITUANIE);
        assertTrue(lituanie.contains("à son sujet, par Boris Pistorius"), "what was said about it: " + lituanie);
        assertTrue(lituanie.contains("Allemagne → Lituanie : 4000 soldats"), "the deployment to it: " + lituanie);

        // A speaker of the example articles, found by its own label: the page shows what it said.
        JsonArray speaker = browser.evaluate("(() => { const counts = new Map();"
                + " sitrepGraph.cy.edges('[relation = \"said-about\"]').forEach(e => { const s = e.source();"
                + " if (!s.id().includes('fixture') && s.id() !== " + js(PISTORIUS) + ")"
                + " counts.set(s.id(), (counts.get(s.id()) || 0) + 1); });"
                + " const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];"
                + " return top ? [top[0], sitrepGraph.cy.getElementById(top[0]).data('label')] : null; })()")
                .getAsJsonArray();
        assertTrue(speaker != null, "the examples yield speakers");
        browser.evaluate("(() => { const s = document.getElementById('search'); s.value = ''; s.focus(); })()");
        browser.type(speaker.get(1).getAsString());
        browser.waitFor("document.querySelector('#results li[data-entity=' + JSON.stringify(" + js(speaker.get(0).getAsString())
                + ") + ']') !== null", JsonElement::getAsBoolean, "the speaker in the results");
        clickOn("#results li[data-entity=" + js(speaker.get(0).getAsString()) + "]");
        detailsOf(speaker.get(0).getAsString());
        int said = browser.evaluate("document.querySelectorAll('#details .claim.said:not([data-statement*=fixture])').length")
                .getAsInt();
        assertTrue(said > 0, speaker + " said something in the examples");

        browser.evaluate("sitrepGraph.cy.fit(undefined, 30) && true");
        Thread.sleep(300);
        Path artifacts = TestFiles.projectRoot().resolve("loader/target/artifacts");
        Files.createDirectories(artifacts);
        byte[] png = browser.screenshot();
        Files.write(artifacts.resolve("graph-page.png"), png);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG screenshot");
    }

    @Test
    void theQueryEditorOpensWithTheViewsSparql() throws Exception {
        openPage();
        String link = browser.evaluate("document.getElementById('view-query').href").getAsString();
        assertTrue(link.contains("/#/dataset/sitrep/query?query="), link);
        browser.evaluate("window.previousPage = true");
        browser.navigate(link);
        JsonElement editor = browser.waitFor("(() => { if (window.previousPage) return ''; const cm = document.querySelector('.CodeMirror');"
                        + " return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : ''; })()",
                v -> v.getAsString().contains("itsrdf:taIdentRef"), "the Fuseki query editor with the page's query");
        assertTrue(editor.getAsString().contains("SELECT ?entity ?type ?label"), editor.getAsString());
    }

    @Test
    void theCytoscapeExportLoadsInCytoscapeJs() throws Exception {
        openPage();
        JsonArray counts = browser.evaluate("(() => { const json = " + cytoscapeExport + ";"
                + " const cy = cytoscape({ headless: true, elements: json.elements });"
                + " return [cy.nodes().length, cy.edges().length, json.elements.nodes.length, json.elements.edges.length,"
                + " cy.edges().filter(e => e.source().empty() || e.target().empty()).length]; })()").getAsJsonArray();
        assertTrue(counts.get(0).getAsInt() > 5, counts.toString());
        assertEquals(counts.get(2).getAsInt(), counts.get(0).getAsInt(), "every node loads");
        assertEquals(counts.get(3).getAsInt(), counts.get(1).getAsInt(), "every edge loads");
        assertEquals(0, counts.get(4).getAsInt(), "every edge has both ends");
    }

    @Test
    void thePageServesOnlyItsOwnFiles() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + server.port() + "/graph/";
        HttpResponse<String> library = http.send(HttpRequest.newBuilder(URI.create(base + "lib/cytoscape.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, library.statusCode());
        assertTrue(library.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String path : new String[] {"lib/", "graph.java", ".hidden.js", "lib/..%2F..%2Flog4j2.xml", "nothing.js"}) {
            int code = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(code == 404 || code == 400, path + " answered " + code);
        }
    }
}
