package org.sitrep.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.store.Store;

/**
 * The ontology, the SHACL shapes, the query library and the Fuseki/jena-text configuration,
 * checked against {@link Vocab}, against hand-written article graphs (test resources
 * {@code shapes/}) and against a real TDB2 store with its Lucene index.
 */
class OntologyTest {

    private static final Path ROOT = Path.of(System.getProperty("sitrep.projectRoot"));
    private static final Path ONTOLOGY = ROOT.resolve("ontology/sitrep.ttl");
    private static final Path SHAPES = ROOT.resolve("ontology/shapes.ttl");
    private static final Path QUERIES = ROOT.resolve("queries");
    private static final Path FUSEKI_CONFIG = ROOT.resolve("fuseki-config/sitrep.ttl");

    private static final String ONTOLOGY_IRI = "https://w3id.org/sitrep/ns";
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Resource NAMED_INDIVIDUAL = ResourceFactory.createResource(Vocab.OWL + "NamedIndividual");

    /** The two fixture articles, each loaded into the named graph of its article IRI. */
    private static final Map<String, String> FIXTURE_ARTICLES = Map.of(
            "shapes/valid-article.ttl", Vocab.ID + "article/renforts-baltes",
            "shapes/valid-article-2.ttl", Vocab.ID + "article/arrivee-vilnius");

    // ---------------------------------------------------------------- ontology

    @Nested
    class OntologyFile {

        private final Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());

        @Test
        void hasTheOntologyHeader() {
            Resource header = ontology.getResource(ONTOLOGY_IRI);
            assertTrue(header.hasProperty(RDF.type, OWL.Ontology), "owl:Ontology " + ONTOLOGY_IRI);
            assertTrue(header.hasProperty(OWL.versionInfo), "owl:versionInfo");
            assertTrue(header.hasProperty(ontology.createProperty(DCTERMS + "license"),
                    ontology.createResource("https://www.apache.org/licenses/LICENSE-2.0")), "Apache-2.0 license");
            List<String> problems = new ArrayList<>();
            checkEnglishAndFrench(header, RDFS.comment, problems, "the ontology");
            assertEquals(List.of(), problems);
        }

        @Test
        void declaresEveryVocabTermWithTypeAndLabelsAndCommentsInEnglishAndFrench() {
            List<String> problems = new ArrayList<>();
            for (String term : sitrepTermsInVocab()) {
                Resource resource = ontology.getResource(term);
                if (!resource.hasProperty(RDF.type)) {
                    problems.add(term + " is not declared (no rdf:type)");
                }
                checkEnglishAndFrench(resource, RDFS.label, problems, term);
                checkEnglishAndFrench(resource, RDFS.comment, problems, term);
            }
            assertEquals(List.of(), problems);
        }

        @Test
        void usesNoSitrepTermThatVocabDoesNotHave() {
            Set<String> vocab = sitrepTermsInVocab();
            Set<String> orphans = new TreeSet<>();
            ontology.listStatements().forEachRemaining(statement -> {
                for (RDFNode node : List.of(statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                    if (node.isURIResource() && node.asResource().getURI().startsWith(Vocab.NS)
                            && !vocab.contains(node.asResource().getURI())) {
                        orphans.add(node.asResource().getURI());
                    }
                }
            });
            assertEquals(Set.of(), orphans);
        }

        @Test
        void theDocumentationTablesListEveryTerm() throws IOException {
            String documentation = Files.readString(ROOT.resolve("docs/ontology.md"));
            List<String> missing = sitrepTermsInVocab().stream()
                    .map(term -> "`sitrep:" + term.substring(Vocab.NS.length()) + "`")
                    .filter(term -> !documentation.contains(term)).toList();
            assertEquals(List.of(), missing, "docs/ontology.md");
        }

        @Test
        void everyPropertyHasDomainAndRangeAndEveryClassOrIndividualAKnownKind() {
            List<String> problems = new ArrayList<>();
            for (String term : sitrepTermsInVocab()) {
                Resource resource = ontology.getResource(term);
                boolean property = resource.hasProperty(RDF.type, OWL.ObjectProperty)
                        || resource.hasProperty(RDF.type, OWL.DatatypeProperty);
                boolean known = property || resource.hasProperty(RDF.type, OWL.Class)
                        || resource.hasProperty(RDF.type, NAMED_INDIVIDUAL);
                if (!known) {
                    problems.add(term + " is neither a class, an object/datatype property nor a named individual");
                }
                if (property && !(resource.hasProperty(RDFS.domain) && resource.hasProperty(RDFS.range))) {
                    problems.add(term + " lacks rdfs:domain or rdfs:range");
                }
            }
            assertEquals(List.of(), problems);
        }

        @Test
        void enumerationsListExactlyTheirNamedIndividuals() {
            Map<Node, List<Node>> enumerations = new LinkedHashMap<>();
            enumerations.put(Vocab.CountQualifier, List.of(Vocab.Exact, Vocab.Approximate, Vocab.AtLeast,
                    Vocab.AtMost, Vocab.Range, Vocab.Vague));
            enumerations.put(Vocab.DeploymentStatus, List.of(Vocab.Done, Vocab.Ongoing, Vocab.Planned,
                    Vocab.Possible, Vocab.Denied));
            enumerations.put(Vocab.UnitCategory, List.of(Vocab.Personnel, Vocab.Materiel));
            enumerations.forEach((enumeration, values) -> {
                Resource enumerationClass = resource(enumeration);
                Set<String> typed = ontology.listSubjectsWithProperty(RDF.type, enumerationClass)
                        .mapWith(Resource::getURI).toSet();
                assertEquals(uris(values), typed, "individuals typed " + enumeration);
                for (Node value : values) {
                    assertTrue(ontology.contains(resource(value), RDF.type, NAMED_INDIVIDUAL),
                            value + " is an owl:NamedIndividual");
                }
                RDFList oneOf = ontology.getRequiredProperty(enumerationClass, OWL.oneOf).getObject().as(RDFList.class);
                assertEquals(uris(values), oneOf.asJavaList().stream().map(node -> node.asResource().getURI())
                        .collect(Collectors.toSet()), "owl:oneOf of " + enumeration);
            });
        }

        @Test
        void domainsAndRangesFollowTheGraphDesign() {
            assertEquals(Set.of(Vocab.SCHEMA + "Person", Vocab.SCHEMA + "Organization", Vocab.SCHEMA + "Country",
                    Vocab.AnonymousSource.getURI()), unionMembers(Vocab.said, RDFS.domain));
            assertEquals(Set.of(Vocab.SCHEMA + "Country", Vocab.SCHEMA + "Organization"),
                    unionMembers(Vocab.sent, RDFS.domain));
            assertEquals(XSD.integer, rangeOf(Vocab.troopCount));
            assertEquals(XSD.integer, rangeOf(Vocab.troopCountMax));
            assertEquals(XSD.xboolean, rangeOf(Vocab.direct));
            assertEquals(RDFS.Literal, rangeOf(Vocab.date));
            assertEquals(resource(Vocab.Statement), rangeOf(Vocab.said));
            assertEquals(resource(Vocab.Deployment), rangeOf(Vocab.sent));
            Resource provEntity = ontology.createResource(Vocab.PROV + "Entity");
            assertTrue(ontology.contains(resource(Vocab.Statement), RDFS.subClassOf, provEntity));
            assertTrue(ontology.contains(resource(Vocab.Deployment), RDFS.subClassOf, provEntity));
            assertTrue(ontology.contains(resource(Vocab.AnonymousSource), RDFS.subClassOf,
                    ontology.createResource(Vocab.PROV + "Agent")));
        }

        private Set<String> unionMembers(Node property, Property axis) {
            Resource union = ontology.getRequiredProperty(resource(property), axis).getResource();
            return union.getRequiredProperty(OWL.unionOf).getObject().as(RDFList.class).asJavaList().stream()
                    .map(node -> node.asResource().getURI()).collect(Collectors.toSet());
        }

        private Resource rangeOf(Node property) {
            return ontology.getRequiredProperty(resource(property), RDFS.range).getResource();
        }

        private Resource resource(Node node) {
            return ontology.createResource(node.getURI());
        }
    }

    /** Adds a problem for each of English and French that has no non-blank value of the property. */
    private static void checkEnglishAndFrench(Resource resource, Property property, List<String> problems,
                                              String what) {
        for (String language : List.of("en", "fr")) {
            boolean present = resource.listProperties(property).toList().stream()
                    .map(Statement::getObject)
                    .anyMatch(object -> object.isLiteral() && object.asLiteral().getLanguage().equals(language)
                            && !object.asLiteral().getLexicalForm().isBlank());
            if (!present) {
                problems.add(what + " has no " + property.getLocalName() + "@" + language);
            }
        }
    }

    /** Every {@code sitrep:} IRI among Vocab's public static Node fields. */
    private static Set<String> sitrepTermsInVocab() {
        Set<String> terms = new TreeSet<>();
        for (Field field : Vocab.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                try {
                    Node node = (Node) field.get(null);
                    if (node.isURI() && node.getURI().startsWith(Vocab.NS)) {
                        terms.add(node.getURI());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertTrue(terms.size() > 30, "Vocab holds the sitrep terms: " + terms);
        return terms;
    }

    private static Set<String> uris(List<Node> nodes) {
        return nodes.stream().map(Node::getURI).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- shapes

    @Nested
    class ShapesFile {

        private final Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));

        @Test
        void parsesAsShacl() {
            Set<String> targeted = new TreeSet<>();
            shapes.getTargetShapes().forEach(shape -> targeted.add(shape.getShapeNode().getURI()));
            assertTrue(targeted.containsAll(Set.of(
                    "https://w3id.org/sitrep/shapes#NewsArticleShape",
                    "https://w3id.org/sitrep/shapes#StatementShape",
                    "https://w3id.org/sitrep/shapes#DeploymentShape",
                    "https://w3id.org/sitrep/shapes#SpanShape",
                    "https://w3id.org/sitrep/shapes#EntityShape",
                    "https://w3id.org/sitrep/shapes#AnonymousSourceShape",
                    "https://w3id.org/sitrep/shapes#WikidataLinkShape")), "targeted shapes: " + targeted);
        }

        @Test
        void useOnlySitrepTermsThatVocabHas() {
            Set<String> vocab = sitrepTermsInVocab();
            Set<String> unknown = new TreeSet<>();
            RDFDataMgr.loadGraph(SHAPES.toString()).find().forEachRemaining(triple -> {
                for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                    if (node.isURI() && node.getURI().startsWith(Vocab.NS) && !vocab.contains(node.getURI())) {
                        unknown.add(node.getURI());
                    }
                }
            });
            assertEquals(Set.of(), unknown);
        }

        @ParameterizedTest
        @ValueSource(strings = {"shapes/valid-article.ttl", "shapes/valid-article-2.ttl"})
        void theHandWrittenArticleGraphsConform(String fixture) {
            ValidationReport report = ShaclValidator.get().validate(shapes, loadFixture(fixture).getGraph());
            assertTrue(report.conforms(), () -> fixture + " violates: " + messages(report));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.sitrep.rdf.OntologyTest#brokenVariants")
        void everyBrokenVariantIsRejectedWithItsMessage(String variant) {
            String update = readResource("shapes/broken/" + variant);
            Matcher expect = Pattern.compile("(?m)^# expect: (.+)$").matcher(update);
            assertTrue(expect.find(), variant + " says which message it expects");
            String expectedMessage = expect.group(1).strip();

            Model valid = loadFixture("shapes/valid-article.ttl");
            Model broken = ModelFactory.createDefaultModel().add(valid);
            UpdateAction.parseExecute(update, broken);
            assertFalse(broken.isIsomorphicWith(valid), variant + " changes the graph");

            ValidationReport report = ShaclValidator.get().validate(shapes, broken.getGraph());
            assertFalse(report.conforms(), variant + " must not conform");
            assertTrue(messages(report).stream().anyMatch(message -> message.contains(expectedMessage)),
                    () -> variant + ": expected a message containing '" + expectedMessage + "', got " + messages(report));
        }

        private List<String> messages(ValidationReport report) {
            return report.getEntries().stream().map(ReportEntry::message).toList();
        }
    }

    static Stream<String> brokenVariants() throws IOException, URISyntaxException {
        Path directory = Path.of(OntologyTest.class.getResource("/shapes/broken").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".ru")).sorted().toList();
            assertTrue(names.containsAll(List.of("missing-claim.ru", "vague-with-count.ru",
                    "span-begin-after-end.ru", "statement-without-speaker.ru", "sameas-not-wikidata.ru")));
            return names.stream();
        }
    }

    // ---------------------------------------------------------------- queries

    @Nested
    class QueryFiles {

        @Test
        void everyQueryParsesStartsWithACommentDocumentsItsColumnsAndIsOrdered() throws IOException {
            List<Path> files = queryFiles();
            assertTrue(files.size() >= 10, "the query library: " + files);
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                String text = Files.readString(file);
                String name = QUERIES.relativize(file).toString();
                if (!text.startsWith("#")) {
                    problems.add(name + " does not start with a comment");
                }
                Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
                if (!query.getGraphURIs().isEmpty() || !query.getNamedGraphURIs().isEmpty()) {
                    problems.add(name + " has FROM: queries read the union default graph");
                }
                if (!query.hasOrderBy()) {
                    problems.add(name + " has no ORDER BY");
                }
                String header = text.lines().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
                for (String column : query.getResultVars()) {
                    if (!Pattern.compile("\\b" + column + "\\b").matcher(header).find()) {
                        problems.add(name + " does not explain its column " + column);
                    }
                }
            }
            assertEquals(List.of(), problems);
        }

        @Test
        void theLibraryHasTheDocumentedQuestions() throws IOException {
            Set<String> names = queryFiles().stream().map(path -> path.getFileName().toString())
                    .collect(Collectors.toSet());
            assertTrue(names.containsAll(Set.of("who-said-what.rq", "statements-by-person.rq",
                    "anonymous-sources.rq", "troops-by-sender-and-destination.rq", "deployment-timeline.rq",
                    "conflicting-figures.rq", "entities-most-mentioned.rq", "said-by-or-about.rq",
                    "claims-fulltext.rq", "articles.rq")), "queries: " + names);
        }
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(QUERIES)) {
            return paths.filter(path -> path.toString().endsWith(".rq")).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- Fuseki configuration and text index

    @Nested
    class FusekiConfiguration {

        private final Model config = RDFDataMgr.loadModel(FUSEKI_CONFIG.toString());

        @Test
        void offersOnlyReadOnlyEndpointsOfTheSitrepService() {
            Property name = config.createProperty(FUSEKI + "name");
            Property operation = config.createProperty(FUSEKI + "operation");
            List<Resource> services = config.listSubjectsWithProperty(RDF.type, config.createResource(FUSEKI + "Service")).toList();
            assertEquals(1, services.size());
            assertEquals("sitrep", services.get(0).getRequiredProperty(name).getString());

            Set<String> endpoints = new TreeSet<>();
            services.get(0).listProperties(config.createProperty(FUSEKI + "endpoint")).forEachRemaining(statement -> {
                Resource endpoint = statement.getResource();
                endpoints.add(endpoint.getRequiredProperty(name).getString() + " -> "
                        + endpoint.getRequiredProperty(operation).getResource().getLocalName());
            });
            assertEquals(Set.of("sparql -> query", "query -> query", "get -> gsp-r"), endpoints);
        }

        @Test
        void hasExactlyOneOfEachPlaceholderTheCodeRewrites() throws IOException {
            String file = Files.readString(FUSEKI_CONFIG);
            assertTrue(file.startsWith("#") && file.contains("sitrep serve --store DIR"));
            String text = file.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
            assertEquals(1, occurrences(text, "tdb2:location"));
            assertEquals(1, occurrences(text, "tdb2:location \"data/tdb2\""));
            assertEquals(1, occurrences(text, "text:directory"));
            assertEquals(1, occurrences(text, "text:directory <file:data/tdb2-text>"));
            Resource store = config.listSubjectsWithProperty(config.createProperty(TDB2 + "location")).next();
            assertTrue(store.getRequiredProperty(config.createProperty(TDB2 + "unionDefaultGraph")).getBoolean());
        }

        private int occurrences(String text, String part) {
            return text.split(Pattern.quote(part), -1).length - 1;
        }
    }

    @Nested
    class FusekiServerFromTheConfiguration {

        @Test
        void answersQueriesAndGraphReadsButNoUpdates(@TempDir Path workDir) throws IOException {
            Path storeDir = workDir.resolve("store");
            Path configFile = workDir.resolve("sitrep.ttl");
            Files.writeString(configFile, configFor(storeDir));
            FusekiServer server = FusekiServer.create().port(0).loopback(true).parseConfigFile(configFile.toString()).build();
            server.start();
            try {
                String service = "http://localhost:" + server.getHttpPort() + "/sitrep/";
                // Loads go through the served dataset itself: the service has no upload endpoint.
                Dataset store = DatasetFactory.wrap(
                        server.getDataAccessPointRegistry().get("/sitrep").getDataService().getDataset());
                Txn.executeWrite(store, () -> store.getNamedModel(FIXTURE_ARTICLES.get("shapes/valid-article-2.ttl"))
                        .add(loadFixture("shapes/valid-article-2.ttl")));

                for (String endpoint : List.of("sparql", "query")) {
                    try (QueryExecution execution = QueryExecution.service(service + endpoint)
                            .query("PREFIX text: <" + TEXT + "> SELECT ?s WHERE { ?s text:query 'troupes' }").build()) {
                        assertEquals(1, ResultSetFormatter.consume(execution.execSelect()), endpoint);
                    }
                }
                Graph article = GSP.service(service + "get")
                        .graphName(FIXTURE_ARTICLES.get("shapes/valid-article-2.ttl")).GET();
                assertTrue(article.size() > 20, "the article graph through the read-only graph store endpoint");

                for (String endpoint : List.of("sparql", "query", "get", "update", "data", "upload")) {
                    assertThrows(HttpException.class, () -> UpdateExecution.service(service + endpoint)
                            .update("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }").execute(),
                            "no update through " + endpoint);
                }
            } finally {
                server.stop();
            }
        }
    }

    @Nested
    class TextIndexOverNamedGraphs {

        private static final Node ARTICLE = NodeFactory.createURI(Vocab.ID + "article/index-test");
        private static final Node OTHER_ARTICLE = NodeFactory.createURI(Vocab.ID + "article/other");
        private static final Node STATEMENT = NodeFactory.createURI(Vocab.ID + "article/index-test/statement/1");

        @Test
        void findsClaimsInTheUnionGraphAndInTheirOwnNamedGraphOnlyAndForgetsReplacedGraphs(@TempDir Path storeDir) {
            Dataset store = openStore(storeDir);
            try {
                Txn.executeWrite(store, () -> {
                    store.asDatasetGraph().add(new Quad(ARTICLE, STATEMENT, Vocab.claim,
                            NodeFactory.createLiteralLang("Les troupes françaises sont arrivées", "fr")));
                    store.asDatasetGraph().add(new Quad(OTHER_ARTICLE, NodeFactory.createURI(Vocab.ID + "article/other/statement/1"),
                            Vocab.claim, NodeFactory.createLiteralLang("Aucun commentaire", "fr")));
                });
                String prefixes = "PREFIX text: <" + TEXT + "> PREFIX sitrep: <" + Vocab.NS + ">\n";

                List<Map<String, String>> union = select(store, prefixes
                        + "SELECT ?s WHERE { ?s text:query (sitrep:claim 'troupe') } ORDER BY ?s");
                assertEquals(List.of(Map.of("s", STATEMENT.getURI())), union, "stemmed French match in the union graph");

                List<Map<String, String>> withGraph = select(store, prefixes
                        + "SELECT ?s ?g WHERE { GRAPH ?g { ?s text:query 'arrivee' } } ORDER BY ?s");
                assertEquals(List.of(Map.of("s", STATEMENT.getURI(), "g", ARTICLE.getURI())), withGraph,
                        "accent-insensitive match, attributed to its own graph only");

                List<Map<String, String>> wrongGraph = select(store, prefixes
                        + "SELECT ?s WHERE { GRAPH <" + OTHER_ARTICLE.getURI() + "> { ?s text:query 'troupes' } }");
                assertEquals(List.of(), wrongGraph, "text:graphField keeps hits inside their graph");

                Txn.executeWrite(store, () -> store.asDatasetGraph().removeGraph(ARTICLE));
                List<Map<String, String>> afterRemoval = select(store, prefixes
                        + "SELECT ?s WHERE { ?s text:query 'troupes' }");
                assertEquals(List.of(), afterRemoval, "text:uidField removes a replaced graph's entries from the index");
            } finally {
                store.close();
            }
        }
    }

    /**
     * The Fuseki configuration with its two placeholders rewritten as
     * {@code sitrep serve --store DIR} does: TDB2 in DIR, the Lucene index in DIR/text-index.
     */
    static String configFor(Path storeDir) {
        try {
            return Files.readString(FUSEKI_CONFIG)
                    .replace("tdb2:location \"data/tdb2\"", "tdb2:location \"" + storeDir + "\"")
                    .replace("text:directory <file:data/tdb2-text>",
                            "text:directory <" + storeDir.resolve("text-index").toUri() + ">");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the store through the configuration: the dataset of the sitrep service, assembled. */
    static Dataset openStore(Path storeDir) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(configFor(storeDir), Lang.TURTLE).parse(model);
        Resource dataset = model.listObjectsOfProperty(model.createProperty(FUSEKI + "dataset")).next().asResource();
        return DatasetFactory.assemble(dataset);
    }

    static List<Map<String, String>> select(Dataset dataset, String queryText) {
        return select(dataset, QueryFactory.create(queryText));
    }

    /** Runs a SELECT and returns each row as variable -> lexical form or IRI, unbound left out. */
    static List<Map<String, String>> select(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = execution.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                results.forEachRemaining(solution -> rows.add(row(solution, results.getResultVars())));
                return rows;
            }
        });
    }

    /** Binds a query parameter the way {@code sitrep query --param} does: replaced in the parsed query. */
    static Query bind(String queryText, String variable, String value) {
        return QueryTransformOps.replaceVars(QueryFactory.create(queryText),
                Map.of(Var.alloc(variable), NodeFactory.createLiteralString(value)));
    }

    private static Map<String, String> row(QuerySolution solution, List<String> variables) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String variable : variables) {
            RDFNode value = solution.get(variable);
            if (value != null) {
                row.put(variable, value.isLiteral() ? ((Literal) value).getLexicalForm() : value.toString());
            }
        }
        return row;
    }

    // ---------------------------------------------------------------- the query library on a real store

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class QueryLibraryOnTheFixtureArticles {

        private static final String LECORNU_STATEMENT = Vocab.ID + "article/renforts-baltes/statement/1";
        private static final String DIPLOMAT_STATEMENT = Vocab.ID + "article/renforts-baltes/statement/2";
        private static final String SPOKESWOMAN_STATEMENT = Vocab.ID + "article/arrivee-vilnius/statement/1";

        private Store opened;
        private Dataset store;

        /** Written as sitrep load writes articles: through the store, which keeps the digest. */
        @BeforeAll
        void loadTheFixtureArticles(@TempDir Path storeDir) {
            opened = Store.open(storeDir);
            store = opened.dataset();
            Map<String, Graph> graphs = new LinkedHashMap<>();
            FIXTURE_ARTICLES.forEach((fixture, graph) -> graphs.put(graph, loadFixture(fixture).getGraph()));
            opened.replaceGraphs(graphs);
        }

        @AfterAll
        void closeTheStore() {
            opened.close();
        }

        private List<Map<String, String>> run(String queryFile) {
            return select(store, readQuery(queryFile));
        }

        private List<String> column(List<Map<String, String>> rows, String variable) {
            return rows.stream().map(row -> row.get(variable)).toList();
        }

        @Test
        void whoSaidWhatListsTheStatementsOfTheRecentArticlesNewestFirst() {
            List<Map<String, String>> rows = run("who-said-what.rq");
            assertEquals(List.of(SPOKESWOMAN_STATEMENT, LECORNU_STATEMENT, DIPLOMAT_STATEMENT), column(rows, "statement"));
            assertEquals(List.of("une porte-parole", "Sébastien Lecornu", "un diplomate"), column(rows, "speakerLabel"));
            assertEquals(List.of("AnonymousSource", "Person", "AnonymousSource"), column(rows, "speakerType"));
            assertEquals(List.of("true", "true", "false"), column(rows, "direct"));
        }

        @Test
        void statementsByPersonCountsOnlyPeople() {
            List<Map<String, String>> rows = run("statements-by-person.rq");
            assertEquals(1, rows.size());
            assertEquals("Sébastien Lecornu", rows.get(0).get("personLabel"));
            assertEquals("1", rows.get(0).get("statements"));
            assertEquals("1", rows.get(0).get("quoted"));
            assertEquals(Vocab.WD + "Q20089181", rows.get(0).get("wikidata"));
        }

        @Test
        void anonymousSourcesListsWhatUnnamedSourcesSaid() {
            List<Map<String, String>> rows = run("anonymous-sources.rq");
            assertEquals(List.of("une porte-parole", "un diplomate"), column(rows, "source"));
            assertEquals(List.of(SPOKESWOMAN_STATEMENT, DIPLOMAT_STATEMENT), column(rows, "statement"));
        }

        @Test
        void troopsBySenderAndDestinationAddsAndComparesReports() {
            List<Map<String, String>> rows = run("troops-by-sender-and-destination.rq");
            assertEquals(2, rows.size());
            Map<String, String> france = rows.get(0);
            assertEquals("France", france.get("senderLabel"));
            assertEquals("Lituanie", france.get("destinationLabel"));
            assertEquals("Personnel", france.get("category"));
            assertEquals("2", france.get("reports"));
            assertEquals("2", france.get("articles"));
            assertEquals("2", france.get("withFigure"));
            assertEquals("500", france.get("totalCount"));
            assertEquals("300", france.get("maxCount"));
            Map<String, String> germany = rows.get(1);
            assertEquals("Allemagne", germany.get("senderLabel"));
            assertEquals("Vilnius", germany.get("destinationLabel"));
            assertEquals("0", germany.get("withFigure"));
            assertEquals("0", germany.get("totalCount"));
            assertNull(germany.get("maxCount"));
        }

        @Test
        void deploymentTimelineSeparatesAnnouncedFromDone() {
            List<Map<String, String>> rows = run("deployment-timeline.rq");
            assertEquals(List.of("2024-03-12", "2024-03-12", "2024-04"), column(rows, "date"));
            assertEquals(List.of("announced", "done", "done"), column(rows, "phase"));
            assertEquals(List.of("Planned", "Done", "Done"), column(rows, "status"));
            assertEquals(List.of("Range", "Vague", "Exact"), column(rows, "qualifier"));
            assertEquals(List.of("Lituanie", "Vilnius", "Lituanie"), column(rows, "destinations"));
            assertEquals("500", rows.get(0).get("countMax"));
        }

        @Test
        void conflictingFiguresPairsTheTwoFiguresForFranceToLithuania() {
            List<Map<String, String>> rows = run("conflicting-figures.rq");
            assertEquals(1, rows.size(), rows::toString);
            Map<String, String> pair = rows.get(0);
            assertEquals("200", pair.get("countA"));
            assertEquals("300", pair.get("countB"));
            assertNull(pair.get("speakerA"), "the second article states its figure itself");
            assertEquals("Sébastien Lecornu", pair.get("speakerB"));
            assertEquals(Vocab.ID + "article/arrivee-vilnius", pair.get("articleA"));
        }

        @Test
        void conflictingFiguresIgnoresTwoFiguresFromTheSameVoiceInOneArticle(@TempDir Path storeDir) {
            // A single article: Lecornu gives 300 (deployment 1) and 400; the diplomat gives 450.
            Model article = loadFixture("shapes/valid-article.ttl");
            UpdateAction.parseExecute("""
                    BASE <https://w3id.org/sitrep/id/>
                    PREFIX sitrep: <https://w3id.org/sitrep/ns#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    INSERT DATA {
                      <entity/Q142> sitrep:sent <article/renforts-baltes/deployment/3> , <article/renforts-baltes/deployment/4> .
                      <article/renforts-baltes/deployment/3> a sitrep:Deployment ; sitrep:troopCount 400 ;
                          sitrep:countQualifier sitrep:Exact ; sitrep:status sitrep:Planned ;
                          sitrep:destination <entity/Q37> ; sitrep:reportedIn <article/renforts-baltes/statement/1> ;
                          prov:wasDerivedFrom <article/renforts-baltes> .
                      <article/renforts-baltes/deployment/4> a sitrep:Deployment ; sitrep:troopCount 450 ;
                          sitrep:countQualifier sitrep:Exact ; sitrep:status sitrep:Planned ;
                          sitrep:destination <entity/Q37> ; sitrep:reportedIn <article/renforts-baltes/statement/2> ;
                          prov:wasDerivedFrom <article/renforts-baltes> .
                    }""", article);
            List<Map<String, String>> rows;
            try (Store alone = Store.open(storeDir)) {
                alone.replaceGraphs(Map.of(Vocab.ID + "article/renforts-baltes", article.getGraph()));
                rows = select(alone.dataset(), readQuery("conflicting-figures.rq"));
            }
            assertEquals(List.of("300", "400"), column(rows, "countA"), rows::toString);
            assertEquals(List.of("450", "450"), column(rows, "countB"));
            assertEquals(List.of("un diplomate", "un diplomate"), column(rows, "speakerB"));
        }

        @Test
        void entitiesMostMentionedCountsMentionsAndArticles() {
            List<Map<String, String>> rows = run("entities-most-mentioned.rq");
            assertEquals(5, rows.size());
            assertEquals("Lituanie", rows.get(0).get("entityLabel"));
            assertEquals("2", rows.get(0).get("mentions"));
            assertEquals("2", rows.get(0).get("articles"));
            assertEquals(Vocab.WD + "Q37", rows.get(0).get("wikidata"));
            assertEquals("Vilnius", rows.get(1).get("entityLabel"));
            assertNull(rows.get(1).get("wikidata"), "Vilnius is not linked to Wikidata in the fixtures");
        }

        @Test
        void saidByOrAboutFindsAnEntityByPartOfItsName() {
            String query = readQuery("said-by-or-about.rq");
            List<Map<String, String>> lituanie = select(store, bind(query, "entityLabel", "LITUANIE"));
            assertEquals(List.of(LECORNU_STATEMENT), column(lituanie, "statement"));
            assertEquals(List.of("about"), column(lituanie, "role"));

            String withValuesFirst = query.replaceFirst("WHERE \\{", "WHERE {\n  VALUES ?entityLabel { \"lecornu\" }");
            List<Map<String, String>> lecornu = select(store, withValuesFirst);
            assertEquals(List.of("said"), column(lecornu, "role"));
            assertEquals(List.of(LECORNU_STATEMENT), column(lecornu, "statement"));

            List<Map<String, String>> everything = run("said-by-or-about.rq");
            assertEquals(7, everything.size(), "unbound, every statement by its speaker and by each entity it mentions");
        }

        @Test
        void claimsFulltextSearchesFrenchClaims() {
            assertEquals(List.of(SPOKESWOMAN_STATEMENT), column(run("claims-fulltext.rq"), "statement"),
                    "the default search is 'troupes'");
            List<Map<String, String>> soldat = select(store, bind(readQuery("claims-fulltext.rq"), "q", "soldat"));
            assertEquals(List.of(LECORNU_STATEMENT), column(soldat, "statement"), "singular finds the plural");
            assertEquals("Sébastien Lecornu", soldat.get(0).get("speakerLabel"));
        }

        @Test
        void articlesCountsWhatEachArticleGave() {
            List<Map<String, String>> rows = run("articles.rq");
            assertEquals(List.of("arrivee-vilnius", "renforts-baltes"), column(rows, "identifier"), "newest first");
            assertEquals(List.of("1", "2"), column(rows, "statements"));
            assertEquals(List.of("1", "2"), column(rows, "deployments"));
            assertNull(rows.get(0).get("outlet"));
            assertEquals("Le Quotidien", rows.get(1).get("outlet"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Model loadFixture(String resource) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(readResource(resource), Lang.TURTLE).parse(model);
        return model;
    }

    private static String readQuery(String name) {
        try {
            return Files.readString(QUERIES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = OntologyTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
