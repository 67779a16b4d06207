package org.sitrep.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sitrep.Resources;

/** SHACL validation against {@code ontology/shapes.ttl}, parsed once. */
public final class Validation {

    private static final Shapes SHAPES = load();

    private Validation() {
    }

    public static Shapes shapes() {
        return SHAPES;
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }

    private static Shapes load() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(Resources.stream("ontology/shapes.ttl")).lang(Lang.TURTLE).parse(g);
        return Shapes.parse(g);
    }
}
