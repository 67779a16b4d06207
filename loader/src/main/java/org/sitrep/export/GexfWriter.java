package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sitrep.export.EntityGraph.Attribute;

/**
 * GEXF 1.3 (https://gexf.net/), Gephi's own format: typed {@code <attributes>} for nodes and
 * edges, node labels, edge labels and kinds (the relation), undirected mentioned-with edges and
 * edge weights as GEXF's own {@code weight}.
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";

    /** Carried by GEXF itself (node and edge label, edge weight), not as attribute values. */
    private static final Set<String> BUILT_IN = Set.of("label", "weight");

    private GexfWriter() {
    }

    static void write(EntityGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = Xml.open(out);
            Xml.indent(w, 0);
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "gexf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.3");
            Xml.indent(w, 1);
            w.writeStartElement(NS, "meta");
            Xml.indent(w, 2);
            w.writeStartElement(NS, "creator");
            w.writeCharacters("sitrep");
            w.writeEndElement();
            Xml.indent(w, 2);
            w.writeStartElement(NS, "description");
            w.writeCharacters("Entities of French defence and diplomacy news: who said what about whom, "
                    + "who sent troops where, who is mentioned with whom");
            w.writeEndElement();
            Xml.indent(w, 1);
            w.writeEndElement();
            Xml.indent(w, 1);
            w.writeStartElement(NS, "graph");
            w.writeAttribute("defaultedgetype", "directed");
            attributes(w, "node", EntityGraph.NODE_ATTRIBUTES);
            attributes(w, "edge", EntityGraph.EDGE_ATTRIBUTES);
            Xml.indent(w, 2);
            w.writeStartElement(NS, "nodes");
            w.writeAttribute("count", String.valueOf(graph.nodes().size()));
            for (EntityGraph.Node n : graph.nodes()) {
                Xml.indent(w, 3);
                w.writeStartElement(NS, "node");
                w.writeAttribute("id", Xml.text(n.id()));
                w.writeAttribute("label", Xml.text(n.label()));
                attvalues(w, n.data());
                Xml.indent(w, 3);
                w.writeEndElement();
            }
            Xml.indent(w, 2);
            w.writeEndElement();
            Xml.indent(w, 2);
            w.writeStartElement(NS, "edges");
            w.writeAttribute("count", String.valueOf(graph.edges().size()));
            for (EntityGraph.Edge e : graph.edges()) {
                Xml.indent(w, 3);
                w.writeStartElement(NS, "edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", Xml.text(e.source()));
                w.writeAttribute("target", Xml.text(e.target()));
                w.writeAttribute("type", e.relation().directed() ? "directed" : "undirected");
                w.writeAttribute("label", e.relation().label());
                w.writeAttribute("kind", e.relation().label());
                Object weight = e.data().get("weight");
                if (weight != null) {
                    w.writeAttribute("weight", Xml.text(weight));
                }
                attvalues(w, e.data());
                Xml.indent(w, 3);
                w.writeEndElement();
            }
            Xml.close(w, 2);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void attributes(XMLStreamWriter w, String domain, List<Attribute> attributes) throws XMLStreamException {
        Xml.indent(w, 2);
        w.writeStartElement(NS, "attributes");
        w.writeAttribute("class", domain);
        for (Attribute a : attributes) {
            if (BUILT_IN.contains(a.name())) {
                continue;
            }
            Xml.indent(w, 3);
            w.writeEmptyElement(NS, "attribute");
            w.writeAttribute("id", a.name());
            w.writeAttribute("title", a.name());
            w.writeAttribute("type", switch (a.type()) {
                case STRING -> "string";
                case INT -> "integer";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
            });
        }
        Xml.indent(w, 2);
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, Map<String, Object> values) throws XMLStreamException {
        Xml.indent(w, 4);
        w.writeStartElement(NS, "attvalues");
        for (Map.Entry<String, Object> v : values.entrySet()) {
            if (BUILT_IN.contains(v.getKey())) {
                continue;
            }
            Xml.indent(w, 5);
            w.writeEmptyElement(NS, "attvalue");
            w.writeAttribute("for", v.getKey());
            w.writeAttribute("value", Xml.text(v.getValue()));
        }
        Xml.indent(w, 4);
        w.writeEndElement();
    }
}
