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
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sitrep.store.Store;

/**
 * The serve stage: embedded Fuseki over the store, with the services of
 * {@code fuseki-config/sitrep.ttl} (SPARQL query and read-only graph store) and the Fuseki web UI
 * for writing queries. Bound to the loopback interface unless told otherwise; read-only unless
 * given users who may write; every query has a timeout and a result ceiling.
 */
public final class Server implements AutoCloseable {

    public static final String DATASET = "sitrep";

    private final FusekiServer fuseki;

    private Server(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /**
     * How the endpoint is exposed. The defaults are the safe ones: localhost, read-only, a query
     * timeout and a result ceiling.
     *
     * @param port         the port, or 0 for any free port
     * @param loopback     true to listen on localhost only
     * @param queryTimeout how long a query may run before it is stopped with an error
     * @param maxResults   the most rows (or triples) one query returns
     * @param passwordFile null for a read-only endpoint; else the users (Jetty realm format,
     *                     "user: password" lines) allowed to write through the {@code update}
     *                     (SPARQL Update) and {@code data} (Graph Store Protocol) endpoints
     */
    public record Settings(int port, boolean loopback, Duration queryTimeout, long maxResults, Path passwordFile) {

        public static final int DEFAULT_PORT = 3030;

        public Settings {
            if (maxResults < 1 || queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout and result limit must be positive");
            }
            if (passwordFile != null && !Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("cannot read password file " + passwordFile);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_PORT, true, Duration.ofSeconds(30), 10_000, null);
        }

        public Settings withPort(int p) {
            return new Settings(p, loopback, queryTimeout, maxResults, passwordFile);
        }

        public Settings withLoopback(boolean l) {
            return new Settings(port, l, queryTimeout, maxResults, passwordFile);
        }

        public Settings withQueryTimeout(Duration t) {
            return new Settings(port, loopback, t, maxResults, passwordFile);
        }

        public Settings withMaxResults(long n) {
            return new Settings(port, loopback, queryTimeout, n, passwordFile);
        }

        public Settings withUpdates(Path users) {
            return new Settings(port, loopback, queryTimeout, maxResults, users);
        }
    }

    /** Starts a read-only server with the default settings on {@code port}, localhost only. */
    public static Server start(Store store, int port, boolean loopback) {
        return start(store, Settings.defaults().withPort(port).withLoopback(loopback));
    }

    /**
     * Starts a server over an open store, with the services that {@code fuseki-config/sitrep.ttl}
     * defines for its dataset. The server shares the store's dataset (and text index), so a
     * load in the same process is seen by queries as soon as each article's transaction commits.
     */
    public static Server start(Store store, Settings settings) {
        quietFusekiBase();
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        DatasetDescriptionMap datasets = new DatasetDescriptionMap();
        datasets.register(store.definition().asNode(), dsg);
        Model config = store.definition().getModel();
        List<Resource> services = config.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).toList();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopback())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .registerOperation(Operation.Query, new CappedQuery(settings.maxResults()))
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .addServlet(GraphPageServlet.PATH + "/*", new GraphPageServlet())
                .enableCors(true, null)
                .enablePing(true);
        for (Resource service : services) {
            DataAccessPoint access = FusekiConfig.buildDataAccessPoint(service, datasets);
            DataService.Builder endpoints = DataService.newBuilder(access.getDataService());
            if (settings.passwordFile() != null) {
                endpoints.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            }
            builder.add(access.getName(), endpoints);
        }
        if (settings.passwordFile() != null) {
            builder.passwordFile(settings.passwordFile().toString()).auth(AuthScheme.BASIC);
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
