package org.sitrep.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.sitrep.export.EntityGraph.Edge;
import org.sitrep.export.EntityGraph.Node;
import org.sitrep.export.EntityGraph.Relation;
import org.sitrep.rdf.Vocab;

/**
 * Reads the entity graph out of a dataset's default graph (the union of the article graphs in
 * a store) with SPARQL. Must run inside a read transaction when the dataset is transactional.
 */
final class GraphReader {

    private static final String PREFIXES = """
            PREFIX sitrep: <https://w3id.org/sitrep/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Entity types in order of precedence, for an entity typed more than once. */
    private static final List<String> TYPES = List.of("Person", "Country", "Organization", "Place", "AnonymousSource");

    /**
     * Named entities, and the anonymous sources that speak (they are the origin of claims).
     * Outlets are organizations too, but as publishers they are facts about articles, not
     * entities of the news: they are left out.
     */
    private static final String ENTITIES = PREFIXES + """
            SELECT DISTINCT ?entity ?type ?label ?wikidata WHERE {
              {
                ?entity a ?typeNode .
                VALUES ?typeNode { schema:Person schema:Organization schema:Country schema:Place }
                FILTER (!STRSTARTS(STR(?entity), "https://w3id.org/sitrep/id/outlet/"))
              } UNION {
                ?entity a sitrep:AnonymousSource ; sitrep:said ?anything .
                BIND (sitrep:AnonymousSource AS ?typeNode)
              }
              BIND (REPLACE(STR(?typeNode), "^.*[/#]", "") AS ?type)
              OPTIONAL { ?entity rdfs:label ?label }
              OPTIONAL { ?entity owl:sameAs ?wikidata }
            }""";

    private static final String MENTION_COUNTS = PREFIXES + """
            SELECT ?entity (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
              ?mention itsrdf:taIdentRef ?entity .
            } GROUP BY ?entity""";

    private static final String SAID_ABOUT = PREFIXES + """
            SELECT ?speaker ?about ?statement ?claim ?cue ?direct ?date ?article ?url ?begin ?end WHERE {
              ?speaker sitrep:said ?statement .
              ?statement sitrep:claim ?claim ;
                         schema:mentions ?about ;
                         prov:wasDerivedFrom ?article .
              OPTIONAL { ?statement sitrep:cue ?cue }
              OPTIONAL { ?statement sitrep:direct ?direct }
              OPTIONAL { ?statement sitrep:date ?date }
              OPTIONAL { ?article schema:url ?url }
              OPTIONAL { ?statement sitrep:claimSpan [ nif:beginIndex ?begin ; nif:endIndex ?end ] }
            }""";

    private static final String SENT_TO = PREFIXES + """
            SELECT ?sender ?destination ?deployment ?count ?countMax ?qualifier ?unit ?category
                   ?status ?date ?article ?url WHERE {
              ?sender sitrep:sent ?deployment .
              ?deployment sitrep:destination ?destination ;
                          prov:wasDerivedFrom ?article .
              OPTIONAL { ?deployment sitrep:troopCount ?count }
              OPTIONAL { ?deployment sitrep:troopCountMax ?countMax }
              OPTIONAL { ?deployment sitrep:countQualifier ?qualifier }
              OPTIONAL { ?deployment sitrep:unit ?unit }
              OPTIONAL { ?deployment sitrep:unitCategory ?category }
              OPTIONAL { ?deployment sitrep:status ?status }
              OPTIONAL { ?deployment sitrep:date ?date }
              OPTIONAL { ?article schema:url ?url }
            }""";

    /** Pairs of entities named in the same article, each pair once (by IRI order). */
    private static final String MENTIONED_WITH = PREFIXES + """
            SELECT ?a ?b (COUNT(DISTINCT ?article) AS ?articles) WHERE {
              ?article a schema:NewsArticle ; schema:mentions ?a , ?b .
              FILTER (STR(?a) < STR(?b))
            } GROUP BY ?a ?b""";

    private final Dataset dataset;

    GraphReader(Dataset dataset) {
        this.dataset = dataset;
    }

    EntityGraph read() {
        Map<String, Node> nodes = readNodes();
        List<Edge> edges = new ArrayList<>();
        readSaidAbout(nodes, edges);
        readSentTo(nodes, edges);
        readMentionedWith(nodes, edges);
        edges.sort(Comparator.comparing((Edge e) -> e.relation().ordinal())
                .thenComparing(Edge::source).thenComparing(Edge::target)
                .thenComparing(e -> String.valueOf(e.data().getOrDefault("statement",
                        e.data().getOrDefault("deployment", "")))));
        List<Edge> numbered = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            numbered.add(new Edge("e" + (numbered.size() + 1), e.source(), e.target(), e.relation(), e.data()));
        }
        List<Node> sorted = new ArrayList<>(nodes.values());
        sorted.sort(Comparator.comparing(Node::id));
        return new EntityGraph(sorted, numbered);
    }

    /** One node per entity: French label preferred, first type by precedence, mention count. */
    private Map<String, Node> readNodes() {
        Map<String, String> type = new HashMap<>();
        Map<String, String> label = new HashMap<>();
        Map<String, Boolean> labelIsFrench = new HashMap<>();
        Map<String, String> wikidata = new HashMap<>();
        select(ENTITIES, s -> {
            String iri = s.getResource("entity").getURI();
            String t = s.getLiteral("type").getString();
            type.merge(iri, t, (old, neu) -> TYPES.indexOf(neu) < TYPES.indexOf(old) ? neu : old);
            if (s.contains("label")) {
                Literal l = s.getLiteral("label");
                boolean french = l.getLanguage().toLowerCase().startsWith("fr");
                String known = label.get(iri);
                boolean better = known == null
                        || (french && !labelIsFrench.get(iri))
                        || (french == labelIsFrench.get(iri) && l.getString().compareTo(known) < 0);
                if (better) {
                    label.put(iri, l.getString());
                    labelIsFrench.put(iri, french);
                }
            }
            if (s.contains("wikidata")) {
                String wd = s.getResource("wikidata").getURI();
                wikidata.merge(iri, wd.startsWith(Vocab.WD) ? wd.substring(Vocab.WD.length()) : wd,
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        Map<String, Long> mentions = new HashMap<>();
        select(MENTION_COUNTS, s -> mentions.put(s.getResource("entity").getURI(), s.getLiteral("mentions").getLong()));
        Map<String, Node> nodes = new HashMap<>();
        Set<String> ids = new HashSet<>();
        type.keySet().stream().sorted().forEach(iri -> {
            String id = nodeId(iri);
            // Two IRIs that differ only in characters an id cannot carry keep distinct ids.
            for (int n = 2; !ids.add(id); n++) {
                id = nodeId(iri) + "_" + n;
            }
            nodes.put(iri, new Node(id, EntityGraph.data(
                "label", label.getOrDefault(iri, id),
                "type", type.get(iri),
                "wikidata", wikidata.get(iri),
                "mentions", mentions.getOrDefault(iri, 0L),
                "iri", iri)));
        });
        return nodes;
    }

    private void readSaidAbout(Map<String, Node> nodes, List<Edge> edges) {
        select(SAID_ABOUT, s -> {
            Node speaker = nodes.get(s.getResource("speaker").getURI());
            Node about = nodes.get(s.getResource("about").getURI());
            // A claim naming its own speaker says nothing about a second entity: no loop.
            if (speaker == null || about == null || speaker == about) {
                return;
            }
            edges.add(new Edge(null, speaker.id(), about.id(), Relation.SAID_ABOUT, EntityGraph.data(
                    "relation", Relation.SAID_ABOUT.label(),
                    "weight", 1.0,
                    "claim", string(s.get("claim")),
                    "cue", string(s.get("cue")),
                    "direct", s.contains("direct") ? s.getLiteral("direct").getBoolean() : null,
                    "statement", s.getResource("statement").getURI(),
                    "claimBegin", integer(s.get("begin")),
                    "claimEnd", integer(s.get("end")),
                    "date", string(s.get("date")),
                    "article", s.getResource("article").getURI(),
                    "url", s.contains("url") ? s.get("url").toString() : null)));
        });
    }

    private void readSentTo(Map<String, Node> nodes, List<Edge> edges) {
        select(SENT_TO, s -> {
            Node sender = nodes.get(s.getResource("sender").getURI());
            Node destination = nodes.get(s.getResource("destination").getURI());
            if (sender == null || destination == null) {
                return;
            }
            edges.add(new Edge(null, sender.id(), destination.id(), Relation.SENT_TO, EntityGraph.data(
                    "relation", Relation.SENT_TO.label(),
                    "weight", 1.0,
                    "count", integer(s.get("count")),
                    "countMax", integer(s.get("countMax")),
                    "qualifier", localName(s.get("qualifier")),
                    "unit", string(s.get("unit")),
                    "category", localName(s.get("category")),
                    "status", localName(s.get("status")),
                    "deployment", s.getResource("deployment").getURI(),
                    "date", string(s.get("date")),
                    "article", s.getResource("article").getURI(),
                    "url", s.contains("url") ? s.get("url").toString() : null)));
        });
    }

    private void readMentionedWith(Map<String, Node> nodes, List<Edge> edges) {
        select(MENTIONED_WITH, s -> {
            Node a = nodes.get(s.getResource("a").getURI());
            Node b = nodes.get(s.getResource("b").getURI());
            if (a == null || b == null) {
                return;
            }
            long articles = s.getLiteral("articles").getLong();
            edges.add(new Edge(null, a.id(), b.id(), Relation.MENTIONED_WITH, EntityGraph.data(
                    "relation", Relation.MENTIONED_WITH.label(),
                    "weight", (double) articles,
                    "articles", articles)));
        });
    }

    private void select(String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /**
     * A node id that reads well in a tool's table and is an XML name token, as GraphML requires:
     * the IRI relative to sitrep's instance namespace with {@code /} as {@code :}
     * ("entity:Q37", "entity:person:jean-dupont"), any other character outside
     * {@code [A-Za-z0-9._:-]} as {@code _}. The full IRI stays in the {@code iri} attribute.
     */
    static String nodeId(String iri) {
        String relative = iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : iri;
        return relative.replace('/', ':').replaceAll("[^A-Za-z0-9._:-]", "_");
    }

    private static String string(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static Long integer(RDFNode n) {
        return n == null || !n.isLiteral() ? null : n.asLiteral().getLong();
    }

    private static String localName(RDFNode n) {
        return n == null ? null : n.toString().replaceAll("^.*[/#]", "");
    }
}
