package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;

/** {@code sitrep bench} on a tiny corpus: it runs and reports every figure. Not a benchmark. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private static double number(JsonObject o, String... path) {
        JsonValue v = o;
        for (String key : path) {
            assertTrue(v.isObject() && v.getAsObject().hasKey(key), "missing " + String.join(".", path));
            v = v.getAsObject().get(key);
        }
        assertTrue(v.isNumber(), String.join(".", path) + " is a number");
        return v.getAsNumber().value().doubleValue();
    }

    @Test
    void benchOnTwentyArticlesWritesEveryFigureAsJson() throws IOException {
        Path json = tmp.resolve("out/bench.json");
        Path queries = TestFiles.projectRoot().resolve("queries");
        int exit = Main.execute("bench", "--articles", TestFiles.projectRoot().resolve("examples").toString(),
                "--n", "20", "--work", tmp.resolve("work").toString(), "--json", json.toString(),
                "--queries", queries.toString(), "--sample", "10", "--update", "5",
                "--query-runs", "3", "--query-budget", "1", "--query-timeout", "20");
        assertEquals(0, exit);
        JsonObject report = JSON.read(json.toString());

        assertEquals(20, (int) number(report, "corpus", "articles"));
        assertTrue(number(report, "extraction", "singleThread", "articlesPerSecond") > 0);
        assertTrue(number(report, "extraction", "singleThread", "tokensPerSecondPerCore") > 0);
        assertTrue(number(report, "extraction", "allCores", "articlesPerSecondPerCore") > 0);
        assertTrue(number(report, "extraction", "allCores", "tokensPerSecondPerCore") > 0);

        assertEquals(20, (int) number(report, "loading", "pipeline", "articles"));
        double quads = number(report, "loading", "pipeline", "quads");
        assertTrue(quads > 20, "every article yields quads");
        assertEquals(quads, number(report, "loading", "tdbloader", "quads"), "tdbloader loads the same quads");
        assertTrue(number(report, "loading", "pipeline", "quadsPerSecond") > 0);
        assertTrue(number(report, "loading", "tdbloader", "quadsPerSecond") > 0);
        assertTrue(number(report, "loading", "ratioToTdbloader") > 0);
        assertEquals(5, (int) number(report, "loading", "incrementalUpdate", "articles"));

        JsonArray timings = report.get("queries").getAsArray();
        long library;
        try (Stream<Path> files = Files.list(queries)) {
            library = files.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertEquals(library, timings.size(), "every top-level library query is timed");
        for (JsonValue t : timings) {
            JsonObject timing = t.getAsObject();
            if (timing.get("timedOut").getAsBoolean().value()) {
                continue; // a query over its timeout is reported as such, without figures
            }
            double median = number(timing, "medianMs");
            assertTrue(median > 0 && median <= number(timing, "p95Ms"), timing.toString());
        }

        assertTrue(number(report, "memory", "peakHeapBytes") > 0);
        assertTrue(number(report, "memory", "maxLiveHeapAfterGcBytes") > 0);
        assertTrue(number(report, "memory", "peakResidentBytes") > 0);
        assertNotNull(report.get("machine").getAsObject().get("cores"));
        assertEquals(List.of(), report.get("problems").getAsArray().stream().toList());
    }
}
