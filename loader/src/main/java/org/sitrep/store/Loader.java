package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.rdf.Iris;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;

/**
 * Loads articles into a store: read, run the pipeline, check the article's graph against the
 * shapes, then write it. One bad input is reported and skipped; the others still load, and
 * nothing half-written reaches the store.
 *
 * <p>Three stages run at once, joined by bounded queues so memory stays flat however large the
 * corpus: one thread reads articles (and drops duplicate ids, first read wins), a pool of workers
 * builds and validates each article's graph, and the calling thread writes. Two ways to write:
 * <ul>
 * <li>{@link #load incremental}: each article's named graph is replaced whole; several articles
 * share one write transaction, and if that transaction fails each of its articles is retried
 * alone, so an article is always all or nothing;</li>
 * <li>{@link #bulkLoad bulk}, for an empty store: the validated quads stream into TDB2's phased
 * bulk loader (the loader {@code tdb2.tdbloader} picks for an empty store) while their
 * {@code sitrep:claim} and {@code rdfs:label} triples go to the text index, as the incremental
 * path would index them.</li>
 * </ul>
 */
public final class Loader {

    /** What a load did, for the summary line and the exit code. */
    public record Summary(int loaded, int skipped, int failed, long quads, List<String> problems) {

        public boolean ok() {
            return failed == 0;
        }
    }

    /** Receives progress as articles are processed; always called from the loading thread. */
    public interface Progress {
        void article(int done, String articleId);
    }

    /** Articles written per transaction at most, on the incremental path. */
    public static final int DEFAULT_BATCH = 32;

    private final Pipeline pipeline;
    private final Store store;
    private final int workers;
    private final int batch;

    /** A loader with one worker per core. */
    public Loader(Pipeline pipeline, Store store) {
        this(pipeline, store, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    /**
     * @param workers threads that build and validate article graphs
     * @param batch   articles per write transaction at most (incremental path)
     */
    public Loader(Pipeline pipeline, Store store, int workers, int batch) {
        if (workers < 1 || batch < 1) {
            throw new IllegalArgumentException("workers and batch must be at least 1");
        }
        this.pipeline = pipeline;
        this.store = store;
        this.workers = workers;
        this.batch = batch;
    }

    /** Loads through the incremental path: each article's graph replaced in the store. */
    public Summary load(List<Path> paths, Progress progress) {
        try (Run run = new Run(paths, progress)) {
            List<Extracted> pending = new ArrayList<>();
            for (Extracted e = run.next(); e != null; e = run.next()) {
                pending.add(e);
                if (pending.size() >= batch || !run.ready()) {
                    write(pending, run);
                    pending.clear();
                }
            }
            write(pending, run);
            return run.summary();
        }
    }

    /**
     * Loads through TDB2's bulk loader, then commits the text index. The store must be empty
     * (the bulk loader adds, it never replaces): {@link Store#isEmpty()}. A failure of the bulk
     * loader itself leaves a partial store, to be deleted and loaded again.
     */
    public Summary bulkLoad(List<Path> paths, Progress progress) {
        if (!store.isEmpty()) {
            throw new IllegalStateException("the bulk loader needs an empty store; " + store.location()
                    + " already holds data (load updates incrementally)");
        }
        try (Run run = new Run(paths, progress); Store.Bulk bulk = store.bulk()) {
            for (Extracted e = run.next(); e != null; e = run.next()) {
                bulk.add(e.graphName, e.graph);
                run.loaded(e);
            }
            bulk.finish();
            return run.summary();
        }
    }

    /** Writes a batch in one transaction; if that fails, each article alone. */
    private void write(List<Extracted> pending, Run run) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        pending.forEach(e -> graphs.put(e.graphName, e.graph));
        try {
            store.replaceGraphs(graphs);
            pending.forEach(run::loaded);
        } catch (RuntimeException batchFailure) {
            for (Extracted e : pending) {
                try {
                    store.replaceGraphs(Map.of(e.graphName, e.graph));
                    run.loaded(e);
                } catch (RuntimeException e1) {
                    run.failed(e.article, e1);
                }
            }
        }
    }

    /** One article's validated graph, ready to write. */
    private record Extracted(Article article, String graphName, Graph graph) {
    }

    /** A worker's answer: the graph, or why there is none, or the end of the worker's input. */
    private record Outcome(Extracted extracted, Article article, RuntimeException error) {
        static final Outcome END = new Outcome(null, null, null);
    }

    private static final Article NO_MORE = new Article("\u0000end", "", null, null, null, null, "", List.of());

    /**
     * One load's threads and counts: the reader and the workers run in the background; the
     * caller takes validated graphs with {@link #next()} and reports what it did with them.
     */
    private final class Run implements AutoCloseable {
        private final Progress progress;
        private final ExecutorService threads;
        private final BlockingQueue<Article> toExtract;
        private final BlockingQueue<Outcome> toWrite;
        private final List<Future<?>> tasks = new ArrayList<>();
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger skipped = new AtomicInteger();
        private final AtomicInteger unreadable = new AtomicInteger();
        private int loaded;
        private int failed;
        private long quads;
        private int workersLeft = workers;

        Run(List<Path> paths, Progress progress) {
            this.progress = progress;
            this.toExtract = new ArrayBlockingQueue<>(4 * workers);
            this.toWrite = new ArrayBlockingQueue<>(4 * workers + batch);
            this.threads = Executors.newFixedThreadPool(workers + 1, r -> {
                Thread t = new Thread(r, "sitrep-load");
                t.setDaemon(true);
                return t;
            });
            tasks.add(threads.submit(() -> read(paths)));
            for (int i = 0; i < workers; i++) {
                tasks.add(threads.submit(this::extract));
            }
        }

        private void read(List<Path> paths) {
            Map<String, String> seen = new HashMap<>();
            try {
                new ArticleReader().read(paths, new ArticleSink() {
                    @Override
                    public void article(Article a) {
                        String first = seen.putIfAbsent(a.id(), a.source());
                        if (first != null) {
                            skipped.incrementAndGet();
                            problems.add(a.source() + ": duplicate article id '" + a.id()
                                    + "' (first read from " + first + "); skipped");
                            return;
                        }
                        put(toExtract, a);
                    }

                    @Override
                    public void problem(String where, String message) {
                        unreadable.incrementAndGet();
                        problems.add(where + ": " + message);
                    }
                });
            } finally {
                for (int i = 0; i < workers; i++) {
                    put(toExtract, NO_MORE);
                }
            }
        }

        private void extract() {
            try {
                for (Article a = take(toExtract); a != NO_MORE; a = take(toExtract)) {
                    Outcome outcome;
                    try {
                        outcome = new Outcome(graphOf(a), a, null);
                    } catch (RuntimeException e) {
                        outcome = new Outcome(null, a, e);
                    }
                    put(toWrite, outcome);
                }
            } finally {
                put(toWrite, Outcome.END);
            }
        }

        /** The next validated graph, or null when every worker is done; failures are counted. */
        Extracted next() {
            while (workersLeft > 0) {
                Outcome o = take(toWrite);
                if (o == Outcome.END) {
                    workersLeft--;
                } else if (o.error != null) {
                    failed(o.article, o.error);
                } else {
                    return o.extracted;
                }
            }
            for (Future<?> task : tasks) {
                rethrowFailure(task);
            }
            return null;
        }

        /** True when another graph is already waiting, so the writer may keep batching. */
        boolean ready() {
            return !toWrite.isEmpty();
        }

        void loaded(Extracted e) {
            loaded++;
            quads += e.graph.size();
            progress.article(done(), e.article.id());
        }

        void failed(Article a, RuntimeException e) {
            failed++;
            problems.add(a.source() + ": not loaded: " + e.getMessage());
            progress.article(done(), a.id());
        }

        private int done() {
            return loaded + failed + skipped.get();
        }

        Summary summary() {
            return new Summary(loaded, skipped.get(), failed + unreadable.get(), quads, List.copyOf(problems));
        }

        @Override
        public void close() {
            threads.shutdownNow();
            try {
                threads.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Extracted graphOf(Article a) {
        String name = Iris.article(a.id());
        Node graphNode = NodeFactory.createURI(name);
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF into = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (!graphNode.equals(q.getGraph())) {
                    throw new IllegalStateException("a quad outside the article's graph: " + q);
                }
                graph.add(q.asTriple());
            }
        };
        pipeline.toRdf(a, into);
        ValidationReport report = Validation.validate(graph);
        if (!report.conforms()) {
            throw new IllegalStateException("its graph violates the shapes: " + firstViolation(report));
        }
        return new Extracted(a, name, graph);
    }

    private static String firstViolation(ValidationReport report) {
        var entry = report.getEntries().iterator().next();
        return ShLib.displayStr(entry.focusNode()) + " " + entry.message();
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledLoad();
        }
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledLoad();
        }
    }

    private static void rethrowFailure(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledLoad();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("loading stopped: " + cause, cause);
        }
    }

    /** A background stage was interrupted because the load stopped. */
    private static final class CancelledLoad extends RuntimeException {
        CancelledLoad() {
            super("load cancelled", null, false, false);
        }
    }
}
