package org.sitrep.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.sitrep.store.Store;

/**
 * The serve stage: embedded Fuseki over the store, with the services of
 * {@code fuseki-config/sitrep.ttl} (SPARQL query and read-only graph store) and the Fuseki web UI
 * for writing queries. Bound to the loopback interface unless told otherwise; read-only.
 */
public final class Server implements AutoCloseable {

    public static final String DATASET = "sitrep";

    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /**
     * Starts a server over the store in {@code storeDir}, with the services and dataset of
     * {@code fuseki-config/sitrep.ttl}. The store must not be open elsewhere in this process.
     *
     * @param port     the port, or 0 for any free port
     * @param loopback true to listen on localhost only
     */
    public static Server start(Path storeDir, int port, boolean loopback) {
        quietFusekiBase();
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .parseConfig(Store.configFor(storeDir.toAbsolutePath().normalize()))
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .enablePing(true)
                .build();
        server.start();
        return new Server(server);
    }

    /** Fuseki's admin module keeps its state in FUSEKI_BASE; give it a private temporary one. */
    private static void quietFusekiBase() {
        if (System.getProperty("FUSEKI_BASE") == null && System.getenv("FUSEKI_BASE") == null) {
            try {
                Path base = Files.createTempDirectory("sitrep-fuseki-");
                base.toFile().deleteOnExit();
                System.setProperty("FUSEKI_BASE", base.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String datasetUrl() {
        return "http://localhost:" + port() + "/" + DATASET;
    }

    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
