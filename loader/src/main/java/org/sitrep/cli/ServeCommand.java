package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.serve.Server;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL with embedded Fuseki and its web UI (read-only).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store = Store.DEFAULT_LOCATION;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--public", description = "Listen on every network interface, not only localhost.")
    boolean publicInterface;

    @Override
    public Integer call() {
        Store s = Store.open(store);
        Server server = Server.start(s, port, !publicInterface);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }));
        System.err.println("sitrep serving " + store + (publicInterface ? " on all interfaces" : " on localhost"));
        System.err.println("  web UI:          http://localhost:" + server.port() + "/");
        System.err.println("  SPARQL endpoint: " + server.sparqlUrl());
        System.err.println("  graph page:      " + server.graphPageUrl());
        server.join();
        return 0;
    }
}
