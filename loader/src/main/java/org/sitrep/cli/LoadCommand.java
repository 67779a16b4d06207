package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.store.Loader;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract facts from articles and load them into the TDB2 store. "
                + "Loading an article again replaces its graph. Extraction runs on every core; an empty "
                + "store is filled by TDB2's bulk loader, a store with data is updated article by article.")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories (.txt, .html, .jsonl).")
    List<Path> paths;

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store = Store.DEFAULT_LOCATION;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Option(names = "--bulk", description = "Use TDB2's bulk loader (the store must be empty). "
            + "Default: bulk for an empty store, incremental otherwise.")
    boolean bulk;

    @Option(names = "--incremental", description = "Replace each article's graph in place, even in an empty store.")
    boolean incremental;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (bulk && incremental) {
            throw new ParameterException(spec.commandLine(), "--bulk and --incremental exclude each other");
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        ProgressLine progress = new ProgressLine(System.err, quiet);
        Loader.Summary summary;
        try (Store s = Store.open(store)) {
            if (bulk && !s.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--bulk needs an empty store and " + store
                        + " holds data; load updates without --bulk");
            }
            Loader loader = new Loader(Pipeline.standard(), s, threads, Loader.DEFAULT_BATCH);
            boolean useBulk = bulk || (!incremental && s.isEmpty());
            summary = useBulk ? loader.bulkLoad(paths, progress::update) : loader.load(paths, progress::update);
        }
        progress.done();
        for (String problem : summary.problems()) {
            System.err.println("sitrep: " + problem);
        }
        System.err.printf("loaded %d articles (%d quads), skipped %d, failed %d into %s%n",
                summary.loaded(), summary.quads(), summary.skipped(), summary.failed(), store);
        return summary.ok() ? 0 : Main.EXIT_FAILED;
    }
}
