package org.sitrep.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Cytoscape.js JSON ({@code .cyjs}), as Cytoscape's "Network from File" and cytoscape.js's
 * {@code cy.json()} read it: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}},
 * with numbers and booleans as JSON numbers and booleans, and {@code directed} on every edge.
 * Cytoscape's default style labels nodes with {@code name} and calls an edge's kind its
 * {@code interaction}, so both are given too (the label, the relation).
 */
final class CytoscapeWriter {

    private CytoscapeWriter() {
    }

    static void write(EntityGraph graph, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter json = new JsonWriter(text);
        json.setIndent(" ");
        json.beginObject();
        json.name("format_version").value("1.0");
        json.name("generated_by").value("sitrep");
        json.name("target_cytoscapejs_version").value("~3.33");
        json.name("data").beginObject().name("name").value("sitrep").endObject();
        json.name("elements").beginObject();
        json.name("nodes").beginArray();
        for (EntityGraph.Node n : graph.nodes()) {
            json.beginObject().name("data").beginObject();
            json.name("id").value(n.id());
            json.name("name").value(n.label());
            values(json, n.data());
            json.endObject().endObject();
        }
        json.endArray();
        json.name("edges").beginArray();
        for (EntityGraph.Edge e : graph.edges()) {
            json.beginObject().name("data").beginObject();
            json.name("id").value(e.id());
            json.name("source").value(e.source());
            json.name("target").value(e.target());
            json.name("directed").value(e.relation().directed());
            json.name("interaction").value(e.relation().label());
            values(json, e.data());
            json.endObject().endObject();
        }
        json.endArray();
        json.endObject();
        json.endObject();
        json.flush();
        text.write('\n');
        text.flush();
    }

    private static void values(JsonWriter json, Map<String, Object> data) throws IOException {
        for (Map.Entry<String, Object> v : data.entrySet()) {
            json.name(v.getKey());
            Object value = v.getValue();
            if (value instanceof Number number) {
                json.value(number);
            } else if (value instanceof Boolean bool) {
                json.value(bool.booleanValue());
            } else {
                json.value(String.valueOf(value));
            }
        }
    }
}
