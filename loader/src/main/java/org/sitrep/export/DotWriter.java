package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Graphviz DOT: a {@code digraph} with every id and value a quoted string, the entity label as
 * the node label, the relation as the edge label, mentioned-with edges drawn without arrows, and
 * every other attribute kept as a custom attribute (Graphviz carries those through).
 */
final class DotWriter {

    private DotWriter() {
    }

    static void write(EntityGraph graph, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph \"sitrep\" {\n");
        w.write("  graph [overlap=false, splines=true];\n");
        w.write("  node [shape=ellipse, style=filled, fillcolor=\"#eeeeee\", fontname=\"Helvetica\"];\n");
        w.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        for (EntityGraph.Node n : graph.nodes()) {
            w.write("  " + quoted(n.id()) + " [");
            attributes(w, n.data());
            w.write("];\n");
        }
        for (EntityGraph.Edge e : graph.edges()) {
            w.write("  " + quoted(e.source()) + " -> " + quoted(e.target()) + " [id=" + quoted(e.id()) + ", ");
            if (!e.relation().directed()) {
                w.write("dir=none, ");
            }
            w.write("label=" + quoted(e.relation().label()) + ", ");
            attributes(w, e.data());
            w.write("];\n");
        }
        w.write("}\n");
        w.flush();
    }

    private static void attributes(Writer w, Map<String, Object> data) throws IOException {
        boolean first = true;
        for (Map.Entry<String, Object> v : data.entrySet()) {
            if (!first) {
                w.write(", ");
            }
            first = false;
            Object value = v.getValue();
            // Graphviz's dot layout takes integral edge weights only; counts of articles are.
            if (v.getKey().equals("weight") && value instanceof Double d) {
                value = Math.round(d);
            }
            w.write(v.getKey() + "=" + quoted(String.valueOf(value)));
        }
    }

    /**
     * A DOT quoted string. Only {@code \"} is an escape in DOT itself, but Graphviz reads
     * {@code \n}, {@code \l}, {@code \N} … in labels, so a backslash is doubled, and line breaks
     * become {@code \n}.
     */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
