package org.sitrep.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.rdf.Iris;
import org.sitrep.serve.Server;
import org.sitrep.store.Loader;
import org.sitrep.store.Store;

/**
 * {@code sitrep bench}: builds a corpus of N articles from given ones and measures, in one run,
 * (1) extraction throughput on one thread and on every core, (2) whole-pipeline loading into
 * TDB2 against TDB2's own bulk loader on the same quads, (3) the latency of every library query
 * over HTTP, and (4) heap and resident memory during the load.
 */
public final class Benchmark {

    /**
     * @param articles       the articles the corpus repeats
     * @param n              corpus size
     * @param work           where the corpus, the stores and the N-Quads go (reused between runs)
     * @param queries        the query library (its top-level {@code .rq} files)
     * @param skipQueries    leave out figure 3
     * @param threads        extraction threads for the loads and the all-cores figure
     * @param sample         articles timed for the extraction figure
     * @param update         articles reloaded through the incremental path after the bulk load
     * @param queryRuns      timed runs per query, at most
     * @param queryBudget    time per query after which no further run starts (3 runs at least)
     * @param queryTimeout   time one run of a query may take
     */
    public record Options(List<Path> articles, int n, Path work, Path queries, boolean skipQueries, int threads,
                          int sample, int update, int queryRuns, Duration queryBudget, Duration queryTimeout) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Options options;
    private final PrintStream log;

    public Benchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchReport run(String command) {
        BenchReport report = new BenchReport();
        report.date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        report.command = command;
        String loadBefore = loadAverage();
        int n = options.n();
        Corpus corpus = Corpus.of(options.articles());
        report.articles = n;
        report.seedArticles = corpus.seeds();
        Path work = options.work().toAbsolutePath();
        createDirectories(work);
        Path corpusFile = work.resolve("corpus.jsonl");
        log.printf("bench: writing %,d articles to %s%n", n, corpusFile);
        report.corpusBytes = corpus.write(corpusFile, n);

        Pipeline pipeline = Pipeline.standard();
        extraction(report, corpus, pipeline);

        Path storeDir = work.resolve("store");
        deleteTree(storeDir);
        // The comparison needs the quads twice more on disk (N-Quads, a second database):
        // both go as soon as it is measured, so the run peaks at about three stores' worth.
        Path nquads = work.resolve("corpus.nq");
        Path tdbloaderDir = work.resolve("tdbloader");
        try {
            try (Store store = Store.open(storeDir)) {
                pipelineLoad(report, store, pipeline, corpusFile);
                if (!options.skipQueries()) {
                    queries(report, store);
                }
                incrementalUpdate(report, store, pipeline, corpus, work.resolve("update.jsonl"));
                dump(store, nquads);
            }
            // tdbloader gets the heap to itself, as in its own JVM: the store above is released.
            tdbloader(report, nquads, tdbloaderDir);
        } finally {
            deleteTree(nquads);
            deleteTree(tdbloaderDir);
        }
        report.machine = machine(loadBefore, loadAverage());
        return report;
    }

    private void extraction(BenchReport report, Corpus corpus, Pipeline pipeline) {
        int sample = Math.min(options.n(), options.sample());
        int warmUp = Math.min(sample, 300);
        log.printf("bench: extraction, warming up on %d articles%n", warmUp);
        for (int i = 0; i < warmUp; i++) {
            pipeline.process(corpus.article(i));
        }
        log.printf("bench: extraction of %,d articles on 1 thread%n", sample);
        report.singleThread = extract(corpus, pipeline, sample, 1);
        log.printf("bench:   %s%n", report.singleThread);
        log.printf("bench: extraction of %,d articles on %d threads%n", sample, options.threads());
        report.allCores = extract(corpus, pipeline, sample, options.threads());
        log.printf("bench:   %s%n", report.allCores);
    }

    private static BenchReport.Extraction extract(Corpus corpus, Pipeline pipeline, int articles, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(pool.submit(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
                    Article a = corpus.article(i);
                    tokens.addAndGet(pipeline.process(a).tokens().size());
                }
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
            }));
        }
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("extraction failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchReport.Extraction(threads, articles, seconds, cpuNanos.get() / 1e9, tokens.get());
    }

    private void pipelineLoad(BenchReport report, Store store, Pipeline pipeline, Path corpusFile) {
        int n = options.n();
        log.printf("bench: whole-pipeline bulk load of %,d articles on %d threads%n", n, options.threads());
        List<Long> tenths = new ArrayList<>();
        Loader.Summary summary;
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (MemoryWatch memory = new MemoryWatch()) {
            int[] nextTenth = {1};
            summary = new Loader(pipeline, store, options.threads(), Loader.DEFAULT_BATCH)
                    .bulkLoad(List.of(corpusFile), (done, id) -> {
                        if ((long) done * 10 >= (long) nextTenth[0] * n) {
                            tenths.add(memory.takeWindowLiveHeap());
                            log.printf("bench:   %,d articles%n", done);
                            nextTenth[0]++;
                        }
                    });
            double seconds = (System.nanoTime() - start) / 1e9;
            report.pipeline = new BenchReport.Load("sitrep load --bulk", summary.loaded(), summary.quads(), seconds,
                    (processCpuNanos() - cpuStart) / 1e9);
            report.memory = new BenchReport.Memory(memory.peakHeapBytes(), memory.maxLiveHeapAfterGcBytes(), tenths,
                    MemoryWatch.peakResidentBytes(), memory.residentPeakIsForThisPhase(),
                    MemoryWatch.residentAnonymousBytes(), treeSize(store.location()));
        }
        log.printf("bench:   %s%nbench:   %s%n", report.pipeline, report.memory);
        summary.problems().stream().limit(20).forEach(p -> report.problems.add("load: " + p));
        if (summary.failed() > 0) {
            report.problems.add("load: " + summary.failed() + " articles failed");
        }
    }

    /** The store's article quads as N-Quads, for tdb2.tdbloader (not timed). */
    private void dump(Store store, Path file) {
        log.printf("bench: writing the store's quads to %s%n", file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Txn.executeRead(store.dataset(), () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                // The article graphs, which both loads write; the digest is the pipeline's own extra.
                Node digest = NodeFactory.createURI(Iris.digest());
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> {
                            if (!digest.equals(q.getGraph())) {
                                writer.quad(q);
                            }
                        });
                writer.finish();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the N-Quads as {@code tdb2.tdbloader} does for an empty database: the same
     * {@link LoaderFactory#phasedLoader phased loader} through {@code startBulk}, {@code load},
     * {@code finishBulk}, into a plain TDB2 database (no text index).
     */
    private void tdbloader(BenchReport report, Path nquads, Path dir) {
        log.printf("bench: tdb2.tdbloader (phased loader) of the same quads into %s%n", dir);
        deleteTree(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report.tdbloader = new BenchReport.Load("tdb2.tdbloader --loader=phased", 0,
                    loader.countQuads() + loader.countTriples(), seconds, (processCpuNanos() - cpuStart) / 1e9);
            log.printf("bench:   %s%n", report.tdbloader);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private void incrementalUpdate(BenchReport report, Store store, Pipeline pipeline, Corpus corpus, Path file) {
        int update = Math.min(options.n(), options.update());
        corpus.write(file, update);
        log.printf("bench: incremental update: %,d articles replaced in the %,d-article store%n", update, options.n());
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Loader.Summary summary = new Loader(pipeline, store, options.threads(), Loader.DEFAULT_BATCH)
                .load(List.of(file), (done, id) -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        report.incremental = new BenchReport.Load("sitrep load, replacing graphs", summary.loaded(), summary.quads(), seconds,
                (processCpuNanos() - cpuStart) / 1e9);
        log.printf("bench:   %s%n", report.incremental);
        summary.problems().stream().limit(20).forEach(p -> report.problems.add("update: " + p));
    }

    private void queries(BenchReport report, Store store) {
        report.queryTimeoutSeconds = options.queryTimeout().toSeconds();
        List<Path> library = QueryTimer.library(options.queries());
        ARQ.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        try (Server server = Server.start(store, 0, true)) {
            QueryTimer timer = new QueryTimer(server.sparqlUrl(), options.queryRuns(), options.queryBudget(),
                    options.queryTimeout());
            for (Path query : library) {
                log.printf("bench: query %s%n", query.getFileName());
                try {
                    QueryTimer.Timing timing = timer.time(query);
                    report.queries.add(timing);
                    log.printf("bench:   %s%n", timing);
                } catch (RuntimeException e) {
                    report.problems.add("query " + query.getFileName() + ": " + e.getMessage());
                }
            }
        }
    }

    /**
     * CPU time of the whole process (every thread, the garbage collector's included): on a
     * machine shared with other work, CPU seconds measure the code where wall-clock seconds
     * also measure the neighbours.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private BenchReport.Machine machine(String loadBefore, String loadAfter) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new BenchReport.Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), MemoryWatch.maxHeapBytes(),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()), loadBefore, loadAfter);
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | UncheckedIOException e) {
            return System.getProperty("os.arch");
        }
    }

    /** The 1, 5 and 15-minute load averages: other work on the machine weighs on every figure. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static long treeSize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Deletes a file or folder the benchmark made (in this run or an earlier one). */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
