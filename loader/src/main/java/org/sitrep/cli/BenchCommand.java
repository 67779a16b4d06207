package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.sitrep.bench.BenchReport;
import org.sitrep.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: repeat the given articles to N, then measure extraction throughput, "
                + "whole-pipeline loading against tdb2.tdbloader, query latency over HTTP and memory. "
                + "Prints a Markdown table; --json writes it as JSON.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Articles the corpus repeats (files or directories).")
    List<Path> articles;

    @Option(names = "--n", paramLabel = "N", description = "Corpus size in articles (default: ${DEFAULT-VALUE}).")
    int n = 1000;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the corpus and the stores go; store/ is replaced and kept (serve it with "
                    + "'sitrep serve --store DIR/store'), the N-Quads and the tdbloader/ copy are deleted after "
                    + "use. Needs about three times the store's size free (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("bench-work");

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--queries", paramLabel = "DIR", description = "The query library (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--skip-queries", description = "Leave out the query latencies.")
    boolean skipQueries;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the all-cores figures (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sample", paramLabel = "N", description = "Articles timed for the extraction figure (default: ${DEFAULT-VALUE}).")
    int sample = 2000;

    @Option(names = "--update", paramLabel = "N", description = "Articles reloaded incrementally into the full store (default: ${DEFAULT-VALUE}).")
    int update = 1000;

    @Option(names = "--query-runs", paramLabel = "N", description = "Timed runs per query, at most (default: ${DEFAULT-VALUE}).")
    int queryRuns = 20;

    @Option(names = "--query-budget", paramLabel = "SECONDS",
            description = "No further run of a query starts after this much time on it; 3 runs at least (default: ${DEFAULT-VALUE}).")
    int queryBudget = 60;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "Time one run of a query may take; a query over it is reported as timed out (default: ${DEFAULT-VALUE}).")
    int queryTimeout = 60;

    @Override
    public Integer call() throws IOException {
        if (n < 1 || threads < 1 || sample < 1 || update < 1 || queryRuns < 1 || queryBudget < 1 || queryTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "counts and durations must be at least 1");
        }
        if (!skipQueries && !Files.isDirectory(queries)) {
            throw new ParameterException(spec.commandLine(), "no query library at " + queries
                    + " (run from the project folder, give --queries DIR, or --skip-queries)");
        }
        Benchmark.Options options = new Benchmark.Options(articles, n, work, queries, skipQueries, threads, sample,
                update, queryRuns, Duration.ofSeconds(queryBudget), Duration.ofSeconds(queryTimeout));
        String command = "sitrep " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        BenchReport report = new Benchmark(options, System.err).run(command);
        System.out.println(report.table());
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(json)) {
                JSON.write(out, report.toJson());
            }
        }
        return 0;
    }
}
