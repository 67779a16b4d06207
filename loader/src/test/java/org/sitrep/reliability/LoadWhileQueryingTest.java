package org.sitrep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.serve.Server;
import org.sitrep.store.Loader;
import org.sitrep.store.Store;

/**
 * Load test: eight HTTP clients query the endpoint while a load runs. Every answer must be a
 * valid result in which each article's graph is whole (TDB2 transactions: a reader sees an
 * article before or after its commit, never in between), and what a client sees only grows.
 * Bounded in time and in number of requests; only loopback traffic.
 */
class LoadWhileQueryingTest {

    private static final int CLIENTS = 8;
    private static final int MAX_REQUESTS_PER_CLIENT = 150;

    @TempDir
    Path tmp;

    @Test
    void queriesKeepAnsweringConsistentlyDuringALoad() throws Exception {
        Corpus corpus = Corpus.build(tmp.resolve("corpus"), 12);
        try (Store store = Store.open(tmp.resolve("store"));
             Server server = Server.start(store, 0, true)) {
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            Future<Loader.Summary> load = pool.submit(() -> {
                try {
                    return new Loader(Pipeline.standard(), store).load(List.of(corpus.dir), (n, id) -> { });
                } finally {
                    loading.set(false);
                }
            });
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger answers = new AtomicInteger();
            AtomicInteger duringLoad = new AtomicInteger();
            List<Future<?>> clients = new ArrayList<>();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(KillTest.ARTICLE_GRAPH_SIZES, StandardCharsets.UTF_8);
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    int seen = 0;
                    for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && (loading.get() || i < 3); i++) {
                        boolean during = loading.get();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "text/tab-separated-values")
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            problems.add("status " + r.statusCode() + ": " + r.body());
                            continue;
                        }
                        List<String> rows = r.body().lines().skip(1).toList();
                        for (String row : rows) {
                            String[] cols = row.split("\t");
                            String graph = cols[0].substring(1, cols[0].length() - 1);
                            long n = Long.parseLong(cols[1].replaceAll("\"|\\^\\^.*", ""));
                            Long whole = corpus.expectedQuads.get(graph);
                            if (whole == null || whole != n) {
                                problems.add(graph + " seen with " + n + " quads, whole is " + whole);
                            }
                        }
                        if (rows.size() < seen) {
                            problems.add("articles went from " + seen + " to " + rows.size());
                        }
                        seen = rows.size();
                        answers.incrementAndGet();
                        if (during) {
                            duringLoad.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Loader.Summary summary = load.get(5, TimeUnit.MINUTES);
            for (Future<?> client : clients) {
                client.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertTrue(summary.ok(), summary.problems().toString());
            assertEquals(List.of(), List.copyOf(problems), "every answer valid and consistent");
            assertTrue(duringLoad.get() >= CLIENTS, "queries were answered during the load: " + duringLoad.get());
            assertEquals(corpus.expectedQuads, KillTest.graphSizes(store), "the load is complete");
            assertTrue(answers.get() > 0);
        }
    }
}
