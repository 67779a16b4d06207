package org.sitrep.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The entity graph that every export format writes: entities as nodes, and three relations
 * between them as edges, each carrying typed attributes. The attribute lists are fixed, so that
 * every format can declare them up front (GraphML keys, GEXF attributes) and a tool shows the
 * same columns whatever the data.
 */
public final class EntityGraph {

    /** The value types the formats can declare; each writer maps them to its own names. */
    public enum AttributeType { STRING, INT, DOUBLE, BOOLEAN }

    /** A declared attribute of nodes or of edges. */
    public record Attribute(String name, AttributeType type) {
    }

    /** The relations drawn as edges. */
    public enum Relation {
        /** A speaker to an entity that one of its claims mentions. */
        SAID_ABOUT("said-about", true),
        /** A sender to a destination of one of its deployments. */
        SENT_TO("sent-to", true),
        /** Two entities mentioned in the same article; weighted by the number of such articles. */
        MENTIONED_WITH("mentioned-with", false);

        private final String label;
        private final boolean directed;

        Relation(String label, boolean directed) {
            this.label = label;
            this.directed = directed;
        }

        public String label() {
            return label;
        }

        public boolean directed() {
            return directed;
        }
    }

    public static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("label", AttributeType.STRING),
            new Attribute("type", AttributeType.STRING),
            new Attribute("wikidata", AttributeType.STRING),
            new Attribute("mentions", AttributeType.INT),
            new Attribute("iri", AttributeType.STRING));

    public static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("relation", AttributeType.STRING),
            new Attribute("weight", AttributeType.DOUBLE),
            // said-about
            new Attribute("claim", AttributeType.STRING),
            new Attribute("cue", AttributeType.STRING),
            new Attribute("direct", AttributeType.BOOLEAN),
            new Attribute("statement", AttributeType.STRING),
            new Attribute("claimBegin", AttributeType.INT),
            new Attribute("claimEnd", AttributeType.INT),
            // sent-to
            new Attribute("count", AttributeType.INT),
            new Attribute("countMax", AttributeType.INT),
            new Attribute("qualifier", AttributeType.STRING),
            new Attribute("unit", AttributeType.STRING),
            new Attribute("category", AttributeType.STRING),
            new Attribute("status", AttributeType.STRING),
            new Attribute("deployment", AttributeType.STRING),
            // said-about and sent-to
            new Attribute("date", AttributeType.STRING),
            new Attribute("article", AttributeType.STRING),
            new Attribute("url", AttributeType.STRING),
            // mentioned-with
            new Attribute("articles", AttributeType.INT));

    /** A node: its id (unique in the graph) and its attribute values by name. */
    public record Node(String id, Map<String, Object> data) {
        public String label() {
            return (String) data.get("label");
        }
    }

    /** An edge between two node ids, with its attribute values by name. */
    public record Edge(String id, String source, String target, Relation relation, Map<String, Object> data) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;

    EntityGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = Collections.unmodifiableList(new ArrayList<>(nodes));
        this.edges = Collections.unmodifiableList(new ArrayList<>(edges));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The sub-graph of the nodes whose IRI {@code keep} accepts, and the edges between them. */
    public EntityGraph restrictedTo(Predicate<String> keepIri) {
        List<Node> kept = nodes.stream().filter(n -> keepIri.test((String) n.data().get("iri"))).toList();
        Set<String> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        return new EntityGraph(kept, edges.stream()
                .filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList());
    }

    /** An attribute map that keeps declaration order and drops absent values. */
    static Map<String, Object> data(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                m.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return m;
    }
}
