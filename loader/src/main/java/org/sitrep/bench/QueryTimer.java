package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times the library queries over HTTP the way a client sees them: POST the query to the SPARQL
 * endpoint, read the whole JSON result. Each query is warmed up, then run up to {@code runs}
 * times within a time budget (at least three runs), and reported as median and 95th percentile.
 */
final class QueryTimer {

    /** One query's timings; a query that ran out of time has no runs and {@code timedOut}. */
    record Timing(String query, int runs, double medianMs, double p95Ms, long resultBytes, boolean timedOut) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;
    private final int runs;
    private final Duration budget;
    private final Duration timeout;

    /**
     * @param timeout how long one run may take; the server is told the same (ARQ's query
     *                timeout) so that it stops working on an abandoned query
     */
    QueryTimer(String endpoint, int runs, Duration budget, Duration timeout) {
        this.endpoint = endpoint;
        this.runs = runs;
        this.budget = budget;
        this.timeout = timeout;
    }

    /** The queries of the library: the {@code .rq} files directly in {@code dir}, by name. */
    static List<Path> library(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the queries in " + dir, e);
        }
    }

    Timing time(Path file) {
        String name = file.getFileName().toString();
        String query;
        try {
            query = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long warm;
        try {
            warm = run(name, query);
        } catch (TimedOut e) {
            return new Timing(name, 0, Double.NaN, Double.NaN, 0, true);
        }
        run(name, query);
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        long spent = 0;
        while (nanos.size() < runs && (nanos.size() < 3 || spent < budget.toNanos())) {
            long start = System.nanoTime();
            bytes = run(name, query);
            long took = System.nanoTime() - start;
            nanos.add(took);
            spent += took;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Timing(name, sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6,
                bytes == 0 ? warm : bytes, false);
    }

    /** Nearest-rank percentile. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Runs the query once; returns the size of the result in bytes. */
    private long run(String name, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .timeout(timeout.plusSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = response.body()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    bytes += n;
                }
            }
            if (response.statusCode() == 503) {
                throw new TimedOut();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode());
            }
            return bytes;
        } catch (java.net.http.HttpTimeoutException e) {
            throw new TimedOut();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The query ran out of its time (HTTP 503 from Fuseki's timeout, or no answer in time). */
    static final class TimedOut extends RuntimeException {
        TimedOut() {
            super("timed out", null, false, false);
        }
    }
}
