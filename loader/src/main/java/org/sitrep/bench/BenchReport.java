package org.sitrep.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** What one benchmark run measured: the four figures, the machine, and how to read them. */
public final class BenchReport {

    /** Where and how it ran. */
    record Machine(String cpu, int cores, long memoryBytes, String os, String java, long maxHeapBytes,
                   String jvmFlags, String loadAverageBefore, String loadAverageAfter) {
    }

    /**
     * Extraction (annotate, link, extract) of a sample of the corpus; {@code cpuSeconds} is the
     * CPU time of the extracting threads.
     */
    record Extraction(int threads, int articles, double seconds, double cpuSeconds, long tokens) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double articlesPerSecondPerCore() {
            return articlesPerSecond() / threads;
        }

        double tokensPerSecondPerCore() {
            return tokens / seconds / threads;
        }

        double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }

        double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }
    }

    /**
     * A load: articles and quads written, how long it took end to end, and the CPU time the
     * process spent on it (every thread).
     */
    record Load(String how, int articles, long quads, double seconds, double cpuSeconds) {
        double quadsPerSecond() {
            return quads / seconds;
        }

        double articlesPerSecond() {
            return articles / seconds;
        }

        double quadsPerCpuSecond() {
            return quads / cpuSeconds;
        }
    }

    /** Memory over the whole-pipeline load. */
    record Memory(long peakHeapBytes, long maxLiveHeapAfterGcBytes, List<Long> liveHeapByTenth,
                  long peakResidentBytes, boolean residentPeakForLoadOnly, long residentAnonymousBytesAfter,
                  long storeBytes) {
    }

    String date;
    String command;
    Machine machine;
    int articles;
    int seedArticles;
    long corpusBytes;
    Extraction singleThread;
    Extraction allCores;
    Load pipeline;
    Load tdbloader;
    Load incremental;
    Memory memory;
    long queryTimeoutSeconds;
    final List<QueryTimer.Timing> queries = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    public String date() {
        return date;
    }

    /** pipeline quads per second over tdb2.tdbloader's on the same quads. */
    double loadRatio() {
        return pipeline.quadsPerSecond() / tdbloader.quadsPerSecond();
    }

    /** The same ratio per CPU second, which the neighbours on a shared machine do not move. */
    double loadCpuRatio() {
        return pipeline.quadsPerCpuSecond() / tdbloader.quadsPerCpuSecond();
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("date", date);
        o.put("command", command);
        JsonObject m = new JsonObject();
        m.put("cpu", machine.cpu());
        m.put("cores", machine.cores());
        m.put("memoryBytes", machine.memoryBytes());
        m.put("os", machine.os());
        m.put("java", machine.java());
        m.put("maxHeapBytes", machine.maxHeapBytes());
        m.put("jvmFlags", machine.jvmFlags());
        m.put("loadAverageBefore", machine.loadAverageBefore());
        m.put("loadAverageAfter", machine.loadAverageAfter());
        o.put("machine", m);
        JsonObject corpus = new JsonObject();
        corpus.put("articles", articles);
        corpus.put("seedArticles", seedArticles);
        corpus.put("bytes", corpusBytes);
        o.put("corpus", corpus);

        JsonObject extraction = new JsonObject();
        extraction.put("singleThread", json(singleThread));
        extraction.put("allCores", json(allCores));
        o.put("extraction", extraction);

        JsonObject loading = new JsonObject();
        loading.put("pipeline", json(pipeline));
        loading.put("tdbloader", json(tdbloader));
        loading.put("ratioToTdbloader", round(loadRatio(), 3));
        loading.put("ratioToTdbloaderPerCpuSecond", round(loadCpuRatio(), 3));
        loading.put("incrementalUpdate", json(incremental));
        o.put("loading", loading);

        JsonObject mem = new JsonObject();
        mem.put("peakHeapBytes", memory.peakHeapBytes());
        mem.put("maxLiveHeapAfterGcBytes", memory.maxLiveHeapAfterGcBytes());
        JsonArray tenths = new JsonArray();
        memory.liveHeapByTenth().forEach(b -> tenths.add(JsonNumber.value(b)));
        mem.put("liveHeapAfterGcByTenthOfLoad", tenths); // 0: no collection in that tenth
        mem.put("peakResidentBytes", memory.peakResidentBytes());
        mem.put("residentPeakForLoadOnly", memory.residentPeakForLoadOnly());
        mem.put("residentAnonymousBytesAfterLoad", memory.residentAnonymousBytesAfter());
        mem.put("storeBytes", memory.storeBytes());
        o.put("memory", mem);

        JsonArray q = new JsonArray();
        for (QueryTimer.Timing t : queries) {
            JsonObject row = new JsonObject();
            row.put("query", t.query());
            row.put("runs", t.runs());
            row.put("timedOut", t.timedOut());
            if (!t.timedOut()) {
                row.put("medianMs", round(t.medianMs(), 1));
                row.put("p95Ms", round(t.p95Ms(), 1));
                row.put("resultBytes", t.resultBytes());
            }
            q.add(row);
        }
        o.put("queries", q);
        o.put("queryTimeoutSeconds", queryTimeoutSeconds);
        JsonArray p = new JsonArray();
        problems.forEach(p::add);
        o.put("problems", p);
        return o;
    }

    private static JsonObject json(Extraction e) {
        JsonObject o = new JsonObject();
        o.put("threads", e.threads());
        o.put("articles", e.articles());
        o.put("seconds", round(e.seconds(), 3));
        o.put("cpuSeconds", round(e.cpuSeconds(), 3));
        o.put("tokens", e.tokens());
        o.put("articlesPerSecond", round(e.articlesPerSecond(), 1));
        o.put("articlesPerSecondPerCore", round(e.articlesPerSecondPerCore(), 1));
        o.put("tokensPerSecondPerCore", round(e.tokensPerSecondPerCore(), 0));
        o.put("articlesPerCpuSecond", round(e.articlesPerCpuSecond(), 1));
        o.put("tokensPerCpuSecond", round(e.tokensPerCpuSecond(), 0));
        return o;
    }

    private static JsonObject json(Load l) {
        JsonObject o = new JsonObject();
        o.put("how", l.how());
        o.put("articles", l.articles());
        o.put("quads", l.quads());
        o.put("seconds", round(l.seconds(), 3));
        o.put("cpuSeconds", round(l.cpuSeconds(), 3));
        o.put("quadsPerSecond", round(l.quadsPerSecond(), 0));
        o.put("quadsPerCpuSecond", round(l.quadsPerCpuSecond(), 0));
        o.put("articlesPerSecond", round(l.articlesPerSecond(), 1));
        return o;
    }

    private static JsonNumber round(double v, int places) {
        return JsonNumber.value(BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP));
    }

    /** The table, in Markdown, as the README keeps it. */
    public String table() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Corpus: %,d articles (%d seed articles repeated under distinct ids, %s of JSON Lines)%n",
                articles, seedArticles, mib(corpusBytes)));
        t.append(String.format(Locale.ROOT, "Machine: %s, %d cores, %s RAM, %s, Java %s, max heap %s, flags: %s%n",
                machine.cpu(), machine.cores(), gib(machine.memoryBytes()), machine.os(), machine.java(),
                mib(machine.maxHeapBytes()), machine.jvmFlags().isEmpty() ? "(none)" : machine.jvmFlags()));
        t.append(String.format(Locale.ROOT, "Load average (1, 5, 15 min) before: %s, after: %s%n%n",
                machine.loadAverageBefore(), machine.loadAverageAfter()));
        t.append("| figure | measured |\n| --- | --- |\n");
        row(t, "1. extraction, 1 thread", String.format(Locale.ROOT,
                "%,.0f articles/s, %,.0f tokens/s (%,d articles); per CPU second: %,.0f articles, %,.0f tokens",
                singleThread.articlesPerSecond(), singleThread.tokensPerSecondPerCore(), singleThread.articles(),
                singleThread.articlesPerCpuSecond(), singleThread.tokensPerCpuSecond()));
        row(t, "1. extraction, " + allCores.threads() + " threads", String.format(Locale.ROOT,
                "%,.0f articles/s = %,.0f articles/s and %,.0f tokens/s per core; per CPU second: %,.0f articles",
                allCores.articlesPerSecond(), allCores.articlesPerSecondPerCore(), allCores.tokensPerSecondPerCore(),
                allCores.articlesPerCpuSecond()));
        row(t, "2. whole pipeline (" + pipeline.how() + ")", String.format(Locale.ROOT,
                "%,d quads in %,.1f s = %,.0f quads/s (%,.0f articles/s); %,.0f CPU-s = %,.0f quads per CPU second",
                pipeline.quads(), pipeline.seconds(), pipeline.quadsPerSecond(), pipeline.articlesPerSecond(),
                pipeline.cpuSeconds(), pipeline.quadsPerCpuSecond()));
        row(t, "2. " + tdbloader.how() + ", same quads", String.format(Locale.ROOT,
                "%,d quads in %,.1f s = %,.0f quads/s; %,.0f CPU-s = %,.0f quads per CPU second",
                tdbloader.quads(), tdbloader.seconds(), tdbloader.quadsPerSecond(), tdbloader.cpuSeconds(),
                tdbloader.quadsPerCpuSecond()));
        row(t, "2. ratio pipeline / tdb2.tdbloader", String.format(Locale.ROOT, "%.2f (per CPU second: %.2f)",
                loadRatio(), loadCpuRatio()));
        row(t, "2. incremental update (" + incremental.how() + ")", String.format(Locale.ROOT,
                "%,d articles in %,.1f s = %,.0f articles/s, %,.0f quads/s",
                incremental.articles(), incremental.seconds(), incremental.articlesPerSecond(), incremental.quadsPerSecond()));
        for (QueryTimer.Timing q : queries) {
            if (q.timedOut()) {
                row(t, "3. " + q.query(), "over the " + queryTimeoutSeconds + " s timeout (not finished)");
                continue;
            }
            row(t, "3. " + q.query(), String.format(Locale.ROOT, "median %,.0f ms, p95 %,.0f ms (%d runs, %s result)",
                    q.medianMs(), q.p95Ms(), q.runs(), kib(q.resultBytes())));
        }
        if (queries.isEmpty()) {
            row(t, "3. queries", "skipped");
        }
        row(t, "4. peak heap in use (whole-pipeline load)", mib(memory.peakHeapBytes()));
        row(t, "4. largest live heap after GC, by tenth of the load", mib(memory.maxLiveHeapAfterGcBytes()) + ": "
                + String.join(", ", memory.liveHeapByTenth().stream().map(BenchReport::mibShort).toList()));
        row(t, "4. peak resident memory (VmHWM" + (memory.residentPeakForLoadOnly() ? ", reset before the load" : ", since JVM start") + ")",
                mib(memory.peakResidentBytes()) + "; anonymous (not file-mapped) after the load: "
                        + mib(memory.residentAnonymousBytesAfter()));
        row(t, "store on disk (TDB2 + text index)", mib(memory.storeBytes()));
        for (String p : problems) {
            t.append("\nproblem: ").append(p);
        }
        return t.toString();
    }

    private static void row(StringBuilder t, String figure, String value) {
        t.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f MiB", bytes / 1048576.0);
    }

    private static String kib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.0f KiB", bytes / 1024.0);
    }

    /** A tenth of the load without any collection has no after-GC figure: shown as "-". */
    private static String mibShort(long bytes) {
        return bytes <= 0 ? "-" : String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.0f GiB", bytes / 1073741824.0);
    }
}
