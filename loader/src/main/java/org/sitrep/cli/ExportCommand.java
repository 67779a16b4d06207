package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.sitrep.export.EntityGraph;
import org.sitrep.export.GraphExport;
import org.sitrep.rdf.Prefixes;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store's entity graph for graph tools (GraphML for yEd, Gephi and Cytoscape; "
                + "GEXF for Gephi; Cytoscape.js JSON; Graphviz DOT), or the RDF itself (ttl, trig, nq, jsonld).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf, cyjs or dot (the entity graph); "
            + "ttl, trig, nq or jsonld (the RDF). Default: ${DEFAULT-VALUE}.")
    String format = "graphml";

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store = Store.DEFAULT_LOCATION;

    @Option(names = "--query", paramLabel = "FILE.rq", description = "Narrow the export: a CONSTRUCT gives the "
            + "sub-graph to export from; a SELECT gives, in its first column, the entities to keep.")
    Path query;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RDFFormat rdfFormat = rdfFormat(format);
        GraphExport.Format graphFormat = rdfFormat == null ? GraphExport.Format.named(format) : null;
        if (!Files.isDirectory(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run 'sitrep load' first)");
        }
        Query narrowing = query == null ? null : QueryFactory.create(Files.readString(query));
        try (Store s = Store.open(store);
             OutputStream out = output == null ? System.out
                     : new BufferedOutputStream(Files.newOutputStream(output))) {
            if (rdfFormat != null) {
                writeRdf(s, narrowing, rdfFormat, out);
            } else {
                EntityGraph graph = narrowing == null ? GraphExport.read(s.dataset())
                        : GraphExport.read(s.dataset(), narrowing);
                GraphExport.write(graph, graphFormat, out);
                if (output != null) {
                    System.err.println("sitrep: wrote " + graph.nodes().size() + " nodes and "
                            + graph.edges().size() + " edges to " + output);
                }
            }
            out.flush();
        }
        return 0;
    }

    /** The RDF route: the whole store with its named graphs, or the graph a CONSTRUCT yields. */
    private static void writeRdf(Store s, Query narrowing, RDFFormat rdfFormat, OutputStream out) {
        Txn.executeRead(s.dataset(), () -> {
            if (narrowing != null) {
                if (!narrowing.isConstructType()) {
                    throw new IllegalArgumentException("an RDF export is narrowed by a CONSTRUCT query");
                }
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(narrowing).build()) {
                    Model m = qe.execConstruct();
                    Prefixes.addTo(m);
                    RDFDataMgr.write(out, m, rdfFormat);
                }
            } else if (rdfFormat.getLang().equals(RDFFormat.TURTLE_PRETTY.getLang())) {
                // A copy: prefixes cannot be set on the store inside a read transaction.
                Model union = ModelFactory.createDefaultModel().add(s.dataset().getUnionModel());
                Prefixes.addTo(union);
                RDFDataMgr.write(out, union, rdfFormat);
            } else {
                RDFDataMgr.write(out, s.dataset(), rdfFormat);
            }
        });
    }

    private static RDFFormat rdfFormat(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> null;
        };
    }
}
