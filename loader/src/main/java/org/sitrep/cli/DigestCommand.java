package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Recompute the digest graph (store-wide totals and recent articles, docs/graph.md) from "
                + "the article graphs. sitrep load keeps it up to date; run this after loading N-Quads "
                + "with another tool, after updates through the SPARQL endpoint, or on a store made "
                + "before the digest existed.")
final class DigestCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: data/tdb2).")
    Path store = Store.DEFAULT_LOCATION;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store)) {
            throw new IllegalArgumentException("no store at " + store);
        }
        try (Store s = Store.open(store)) {
            int articles = s.rebuildDigest();
            System.out.println("digest rebuilt from " + articles + " article graphs in " + store);
        }
        return 0;
    }
}
