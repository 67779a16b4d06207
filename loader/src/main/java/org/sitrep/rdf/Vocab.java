package org.sitrep.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms sitrep writes, in one place. The ontology ({@code ontology/sitrep.ttl}) documents
 * each one; a test checks that every {@code sitrep:} term used here is declared there.
 *
 * <p>Standard vocabularies are reused where they fit: schema.org for articles, people,
 * organizations and places; PROV-O for derivation; NIF for text spans and entity mentions
 * (with ITS {@code taIdentRef}); OWL {@code sameAs} for Wikidata.
 */
public final class Vocab {

    private Vocab() {
    }

    /** Ontology terms. */
    public static final String NS = "https://w3id.org/sitrep/ns#";
    /** Instance data: articles, entities, statements, deployments. */
    public static final String ID = "https://w3id.org/sitrep/id/";

    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WD = "http://www.wikidata.org/entity/";

    // sitrep classes
    public static final Node Statement = ns("Statement");
    public static final Node Deployment = ns("Deployment");
    public static final Node AnonymousSource = ns("AnonymousSource");
    public static final Node CountQualifier = ns("CountQualifier");
    public static final Node DeploymentStatus = ns("DeploymentStatus");
    public static final Node UnitCategory = ns("UnitCategory");

    // statements
    public static final Node said = ns("said");
    public static final Node claim = ns("claim");
    public static final Node cue = ns("cue");
    public static final Node cueLemma = ns("cueLemma");
    public static final Node direct = ns("direct");
    public static final Node date = ns("date");
    public static final Node claimSpan = ns("claimSpan");
    public static final Node cueSpan = ns("cueSpan");
    public static final Node speakerSpan = ns("speakerSpan");

    // deployments
    public static final Node sent = ns("sent");
    public static final Node troopCount = ns("troopCount");
    public static final Node troopCountMax = ns("troopCountMax");
    public static final Node countQualifier = ns("countQualifier");
    public static final Node unit = ns("unit");
    public static final Node unitCategory = ns("unitCategory");
    public static final Node origin = ns("origin");
    public static final Node destination = ns("destination");
    public static final Node status = ns("status");
    public static final Node evidenceSpan = ns("evidenceSpan");
    public static final Node reportedIn = ns("reportedIn");

    // the digest: store-wide totals (org.sitrep.store.Digest)
    public static final Node Digest = ns("Digest");
    public static final Node Flow = ns("Flow");
    public static final Node flowSender = ns("flowSender");
    public static final Node flowDestination = ns("flowDestination");
    public static final Node flowCategory = ns("flowCategory");
    public static final Node mentionCount = ns("mentionCount");
    public static final Node articleCount = ns("articleCount");
    public static final Node statementCount = ns("statementCount");
    public static final Node quotationCount = ns("quotationCount");
    public static final Node reportCount = ns("reportCount");
    public static final Node figureCount = ns("figureCount");
    public static final Node troopTotal = ns("troopTotal");
    public static final Node largestFigure = ns("largestFigure");
    public static final Node largestFigureReports = ns("largestFigureReports");
    public static final Node recentArticle = ns("recentArticle");

    // individuals of the enumerations
    public static final Node Exact = ns("Exact");
    public static final Node Approximate = ns("Approximate");
    public static final Node AtLeast = ns("AtLeast");
    public static final Node AtMost = ns("AtMost");
    public static final Node Range = ns("Range");
    public static final Node Vague = ns("Vague");
    public static final Node Done = ns("Done");
    public static final Node Ongoing = ns("Ongoing");
    public static final Node Planned = ns("Planned");
    public static final Node Possible = ns("Possible");
    public static final Node Denied = ns("Denied");
    public static final Node Personnel = ns("Personnel");
    public static final Node Materiel = ns("Materiel");

    // schema.org
    public static final Node NewsArticle = schema("NewsArticle");
    public static final Node Person = schema("Person");
    public static final Node Country = schema("Country");
    public static final Node Organization = schema("Organization");
    public static final Node Place = schema("Place");
    public static final Node url = schema("url");
    public static final Node identifier = schema("identifier");
    public static final Node headline = schema("headline");
    public static final Node datePublished = schema("datePublished");
    public static final Node publisher = schema("publisher");
    public static final Node name = schema("name");
    public static final Node mentions = schema("mentions");
    public static final Node jobTitle = schema("jobTitle");

    // PROV-O
    public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");

    // NIF and ITS
    public static final Node NifContext = NodeFactory.createURI(NIF + "Context");
    public static final Node NifString = NodeFactory.createURI(NIF + "String");
    public static final Node NifPhrase = NodeFactory.createURI(NIF + "Phrase");
    public static final Node RFC5147String = NodeFactory.createURI(NIF + "RFC5147String");
    public static final Node isString = NodeFactory.createURI(NIF + "isString");
    public static final Node beginIndex = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node endIndex = NodeFactory.createURI(NIF + "endIndex");
    public static final Node anchorOf = NodeFactory.createURI(NIF + "anchorOf");
    public static final Node referenceContext = NodeFactory.createURI(NIF + "referenceContext");
    public static final Node taIdentRef = NodeFactory.createURI(ITSRDF + "taIdentRef");

    // RDF, RDFS, OWL, SKOS
    public static final Node type = NodeFactory.createURI(RDF + "type");
    public static final Node label = NodeFactory.createURI(RDFS + "label");
    public static final Node sameAs = NodeFactory.createURI(OWL + "sameAs");
    public static final Node prefLabel = NodeFactory.createURI(SKOS + "prefLabel");

    private static Node ns(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }
}
