package org.sitrep.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.Pipeline;
import org.sitrep.store.Loader;
import java.util.concurrent.Callable;
import org.sitrep.serve.Server;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL with embedded Fuseki, its web UI and the graph page. "
                + "Read-only and on localhost unless told otherwise.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store = Store.DEFAULT_LOCATION;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = Server.Settings.DEFAULT_PORT;

    @Option(names = "--public", description = "Listen on every network interface, not only localhost.")
    boolean publicInterface;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a query after this long "
            + "(default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = Server.Settings.defaults().queryTimeout().toSeconds();

    @Option(names = "--max-results", paramLabel = "N", description = "The most rows or triples one query "
            + "returns (default: ${DEFAULT-VALUE}).")
    long maxResults = Server.Settings.defaults().maxResults();

    @Option(names = "--allow-updates", description = "Also serve SPARQL Update (/sitrep/update) and the "
            + "read-write Graph Store Protocol (/sitrep/data), for the users of --password-file only.")
    boolean allowUpdates;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users allowed to update, one "
            + "'user: password' line each (HTTP basic authentication). Required by --allow-updates.")
    Path passwordFile;

    @Option(names = "--load", paramLabel = "PATH", arity = "1..*", description = "Articles to load into the "
            + "store while serving: queries keep answering, and see each article once its transaction commits.")
    List<Path> load = new ArrayList<>();

    @Override
    public Integer call() {
        if (allowUpdates && passwordFile == null) {
            throw new IllegalArgumentException("--allow-updates needs --password-file: updates are never open to anyone");
        }
        if (!allowUpdates && passwordFile != null) {
            throw new IllegalArgumentException("--password-file is only used with --allow-updates");
        }
        Server.Settings settings = Server.Settings.defaults()
                .withPort(port)
                .withLoopback(!publicInterface)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxResults(maxResults)
                .withUpdates(allowUpdates ? passwordFile : null);
        Store s = Store.open(store);
        Server server = Server.start(s, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }));
        System.err.println("sitrep serving " + store + (publicInterface ? " on all interfaces" : " on localhost"));
        System.err.println("  web UI:          http://localhost:" + server.port() + "/");
        System.err.println("  SPARQL endpoint: " + server.sparqlUrl());
        System.err.println("  graph page:      " + server.graphPageUrl());
        System.err.println(allowUpdates ? "  updates:         " + server.datasetUrl() + "/update and /data, for the users of "
                + passwordFile : "  read-only");
        if (!load.isEmpty()) {
            Thread loading = new Thread(() -> {
                Loader.Summary summary = new Loader(Pipeline.standard(), s).load(load, (n, id) -> { });
                summary.problems().forEach(p -> System.err.println("sitrep: " + p));
                System.err.printf("loaded %d articles (%d quads), skipped %d, failed %d while serving%n",
                        summary.loaded(), summary.quads(), summary.skipped(), summary.failed());
            }, "sitrep-load");
            loading.setDaemon(true);
            loading.start();
        }
        server.join();
        return 0;
    }
}
