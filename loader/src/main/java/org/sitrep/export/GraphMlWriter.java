package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sitrep.export.EntityGraph.Attribute;

/**
 * GraphML (http://graphml.graphdrawing.org/): one {@code <key>} per attribute with its
 * {@code attr.type}, read by Gephi, Cytoscape and yEd as typed columns. The graph's edges are
 * directed by default; mentioned-with edges say {@code directed="false"}.
 */
final class GraphMlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphMlWriter() {
    }

    static void write(EntityGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = Xml.open(out);
            Xml.indent(w, 0);
            w.setDefaultNamespace(NS);
            w.writeStartElement(NS, "graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            keys(w, "node", EntityGraph.NODE_ATTRIBUTES);
            keys(w, "edge", EntityGraph.EDGE_ATTRIBUTES);
            Xml.indent(w, 1);
            w.writeStartElement(NS, "graph");
            w.writeAttribute("id", "sitrep");
            w.writeAttribute("edgedefault", "directed");
            for (EntityGraph.Node n : graph.nodes()) {
                Xml.indent(w, 2);
                w.writeStartElement(NS, "node");
                w.writeAttribute("id", Xml.text(n.id()));
                data(w, "n_", n.data());
                Xml.indent(w, 2);
                w.writeEndElement();
            }
            for (EntityGraph.Edge e : graph.edges()) {
                Xml.indent(w, 2);
                w.writeStartElement(NS, "edge");
                w.writeAttribute("id", e.id());
                if (!e.relation().directed()) {
                    w.writeAttribute("directed", "false");
                }
                w.writeAttribute("source", Xml.text(e.source()));
                w.writeAttribute("target", Xml.text(e.target()));
                data(w, "e_", e.data());
                Xml.indent(w, 2);
                w.writeEndElement();
            }
            Xml.close(w, 1);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void keys(XMLStreamWriter w, String domain, List<Attribute> attributes) throws XMLStreamException {
        for (Attribute a : attributes) {
            Xml.indent(w, 1);
            w.writeEmptyElement(NS, "key");
            w.writeAttribute("id", domain.charAt(0) + "_" + a.name());
            w.writeAttribute("for", domain);
            w.writeAttribute("attr.name", a.name());
            w.writeAttribute("attr.type", switch (a.type()) {
                case STRING -> "string";
                case INT -> "int";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
            });
        }
    }

    private static void data(XMLStreamWriter w, String keyPrefix, Map<String, Object> values) throws XMLStreamException {
        for (Map.Entry<String, Object> v : values.entrySet()) {
            Xml.indent(w, 3);
            w.writeStartElement(NS, "data");
            w.writeAttribute("key", keyPrefix + v.getKey());
            w.writeCharacters(Xml.text(v.getValue()));
            w.writeEndElement();
        }
    }
}
