package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.store.Loader;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract facts from articles and load them into the TDB2 store. "
                + "Loading an article again replaces its graph.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories (.txt, .html, .jsonl).")
    List<Path> paths;

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store = Store.DEFAULT_LOCATION;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() {
        ProgressLine progress = new ProgressLine(System.err, quiet);
        Loader.Summary summary;
        try (Store s = Store.open(store)) {
            summary = new Loader(Pipeline.standard(), s).load(paths, progress::update);
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
