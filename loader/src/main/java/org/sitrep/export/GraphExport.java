package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The export stage: the entity graph of a store (people, organizations, countries, places;
 * said-about, sent-to and mentioned-with edges) read with SPARQL, optionally narrowed by a
 * user's query, and written as GraphML, GEXF, Cytoscape.js JSON or Graphviz DOT.
 */
public final class GraphExport {

    /** The graph formats, by the name the command line takes. */
    public enum Format {
        GRAPHML("graphml"), GEXF("gexf"), CYJS("cyjs"), DOT("dot");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format named(String name) {
            for (Format f : values()) {
                if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown graph format '" + name + "' (expected graphml, gexf, cyjs or dot)");
        }
    }

    private GraphExport() {
    }

    /** The whole entity graph of {@code dataset}'s default graph. */
    public static EntityGraph read(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> new GraphReader(dataset).read());
    }

    /**
     * The entity graph narrowed by {@code narrowing}: a CONSTRUCT (or DESCRIBE) yields the RDF
     * sub-graph to read the entity graph from; a SELECT yields, in its first column, the IRIs
     * of the entities to keep (with the edges between them).
     */
    public static EntityGraph read(Dataset dataset, Query narrowing) {
        if (narrowing.isSelectType()) {
            Set<String> keep = Txn.calculateRead(dataset, () -> firstColumnIris(dataset, narrowing));
            return read(dataset).restrictedTo(keep::contains);
        }
        if (narrowing.isConstructType() || narrowing.isDescribeType()) {
            Model sub = Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(narrowing).build()) {
                    return narrowing.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                }
            });
            return read(DatasetFactory.wrap(sub));
        }
        throw new IllegalArgumentException("a narrowing query must be a SELECT (entities to keep) or a CONSTRUCT "
                + "(the sub-graph to export)");
    }

    private static Set<String> firstColumnIris(Dataset dataset, Query select) {
        Set<String> iris = new HashSet<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(select).build()) {
            ResultSet rs = qe.execSelect();
            String first = rs.getResultVars().get(0);
            rs.forEachRemaining(row -> {
                RDFNode n = row.get(first);
                if (n != null && n.isURIResource()) {
                    iris.add(n.asResource().getURI());
                }
            });
        }
        return iris;
    }

    /** Writes {@code graph} in {@code format} (UTF-8); leaves {@code out} open. */
    public static void write(EntityGraph graph, Format format, OutputStream out) throws IOException {
        switch (format) {
            case GRAPHML -> GraphMlWriter.write(graph, out);
            case GEXF -> GexfWriter.write(graph, out);
            case CYJS -> CytoscapeWriter.write(graph, out);
            case DOT -> DotWriter.write(graph, out);
        }
        out.flush();
    }
}
