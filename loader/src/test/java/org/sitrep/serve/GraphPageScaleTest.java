package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.rdf.Vocab;
import org.sitrep.store.Store;

/**
 * The graph page with a few thousand entities: a generated store (3,000 entities named by 400
 * articles, in the shape of docs/graph.md) must load in the page, draw all of them on request
 * and still answer a search, each within bounded time.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class GraphPageScaleTest {

    private static final int ENTITIES = 3000;
    private static final int ARTICLES = 400;
    private static final int PER_ARTICLE = 10;
    private static final String[] TYPES = {"Person", "Country", "Organization", "Place"};

    @TempDir
    Path tmp;

    @Test
    void aFewThousandEntitiesStayUsable() throws Exception {
        String chromium = GraphPageBrowserTest.executable("chromium", "chromium-browser");
        if (chromium == null) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not on PATH; .ci/run installs it (apt-get install chromium)");
            }
            Assumptions.abort("Chromium is not installed");
        }
        Path profile = tmp.resolve("profile");
        Files.createDirectories(profile);
        try (Store store = Store.open(tmp.resolve("store"))) {
            generate(store);
            try (Server server = Server.start(store, 0, true);
                 DevTools browser = DevTools.launch(chromium, profile, 1400, 900)) {
                long start = System.nanoTime();
                browser.navigate(server.graphPageUrl());
                browser.waitFor("(document.body && document.body.dataset.state) || 'loading'",
                        v -> !v.getAsString().equals("loading"), "the page to load");
                assertEquals("ready", browser.evaluate("document.body.dataset.state").getAsString());
                long loaded = System.nanoTime();
                assertTrue(browser.evaluate("sitrepGraph.cy.nodes().length").getAsInt() < ENTITIES,
                        "only the most mentioned entities are drawn first");

                browser.evaluate("document.getElementById('show-all').click()");
                JsonElement drawn = browser.waitFor("sitrepGraph.cy.nodes().length",
                        v -> v.getAsInt() == ENTITIES, "every entity drawn");
                long all = System.nanoTime();
                assertEquals(ENTITIES, drawn.getAsInt());

                browser.evaluate("(() => { const s = document.getElementById('search'); s.focus(); })()");
                browser.type("entite 2999");
                JsonElement found = browser.waitFor("[...document.querySelectorAll('#results li')].map(li => li.textContent)",
                        v -> v.getAsJsonArray().size() > 0, "a search among thousands");
                assertTrue(found.toString().contains("Entité 2999"), found.toString());
                System.out.printf("graph page with %d entities: loaded in %d ms, all drawn in %d ms%n", ENTITIES,
                        TimeUnit.NANOSECONDS.toMillis(loaded - start), TimeUnit.NANOSECONDS.toMillis(all - loaded));
                assertTrue(TimeUnit.NANOSECONDS.toSeconds(all - start) < 60, "usable within a minute");
            }
        }
    }

    /**
     * Articles naming entities at random (seeded), each mention a NIF phrase as the loader
     * writes, added to the store in one write transaction (one per article would take minutes).
     */
    private static void generate(Store store) {
        Random random = new Random(6);
        Node a = Vocab.type;
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (int n = 0; n < ARTICLES; n++) {
            String article = Vocab.ID + "article/scale-" + n;
            Node g = NodeFactory.createURI(article);
            Node context = NodeFactory.createURI(article + "#char=0,1000");
            dsg.add(new Quad(g, g, a, Vocab.NewsArticle));
            dsg.add(new Quad(g, context, Vocab.referenceContext, context));
            dsg.add(new Quad(g, context, Vocab.wasDerivedFrom, g));
            for (int m = 0; m < PER_ARTICLE; m++) {
                // Skewed, so that some entities are mentioned far more than others.
                int e = (int) (ENTITIES * Math.pow(random.nextDouble(), 2));
                if (n < ENTITIES / PER_ARTICLE) {
                    e = n * PER_ARTICLE + m;   // and every entity at least once
                }
                Node entity = NodeFactory.createURI(Vocab.ID + "entity/test/" + e);
                dsg.add(new Quad(g, g, Vocab.mentions, entity));
                dsg.add(new Quad(g, entity, a, NodeFactory.createURI(Vocab.SCHEMA + TYPES[e % TYPES.length])));
                dsg.add(new Quad(g, entity, Vocab.label, NodeFactory.createLiteralLang("Entité " + e, "fr")));
                Node mention = NodeFactory.createURI(article + "#char=" + (m * 20) + "," + (m * 20 + 10));
                dsg.add(new Quad(g, mention, Vocab.taIdentRef, entity));
                dsg.add(new Quad(g, mention, Vocab.referenceContext, context));
            }
        }
        DatasetGraph target = store.dataset().asDatasetGraph();
        Txn.executeWrite(store.dataset(), () -> dsg.find().forEachRemaining(target::add));
        assertTrue(store.size() > ARTICLES * PER_ARTICLE, "the generated store is loaded");
    }
}
