package org.sitrep.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import java.util.List;
import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
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
     * Starts a server over an open store, with the services that {@code fuseki-config/sitrep.ttl}
     * defines for its dataset. The server shares the store's dataset (and text index), so a
     * load in the same process is seen by queries as soon as each article's transaction commits.
     *
     * @param port     the port, or 0 for any free port
     * @param loopback true to listen on localhost only
     */
    public static Server start(Store store, int port, boolean loopback) {
        quietFusekiBase();
        DatasetDescriptionMap datasets = new DatasetDescriptionMap();
        datasets.register(store.definition().asNode(), store.dataset().asDatasetGraph());
        Model config = store.definition().getModel();
        List<Resource> services = config.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).toList();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .addServlet(GraphPageServlet.PATH + "/*", new GraphPageServlet())
                .enablePing(true);
        for (Resource service : services) {
            DataAccessPoint access = FusekiConfig.buildDataAccessPoint(service, datasets);
            builder.add(access.getName(), access.getDataService());
        }
        FusekiServer server = builder.build();
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

    /** The graph page (entities, who said what about them, deployments). */
    public String graphPageUrl() {
        return "http://localhost:" + port() + GraphPageServlet.PATH + "/";
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
