package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDFLib;
import org.sitrep.Pipeline;
import org.sitrep.eval.Gold.Item;
import org.sitrep.model.Article;
import org.sitrep.rdf.Iris;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;

/**
 * The eval stage: scores the graph sitrep builds from articles against gold files, with the
 * rules of the shared gold README. Predictions are read back from the RDF with SPARQL, as a
 * user would query them, so the score measures the product and not internal objects.
 */
public final class Evaluation {

    private static final String PREFIXES = """
            PREFIX sitrep: <https://w3id.org/sitrep/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    private static final String STATEMENTS = PREFIXES + """
            SELECT ?st ?type ?wd ?claim (GROUP_CONCAT(DISTINCT ?name; separator="|") AS ?names)
            WHERE { GRAPH ?g {
                ?speaker sitrep:said ?st ; a ?type .
                ?st sitrep:claim ?claim .
                OPTIONAL { ?speaker rdfs:label ?name }
                OPTIONAL { ?speaker owl:sameAs ?wd }
            } }
            GROUP BY ?st ?type ?wd ?claim ORDER BY ?st
            """;

    private static final String DEPLOYMENTS = PREFIXES + """
            SELECT ?d ?wd ?count (GROUP_CONCAT(DISTINCT ?sender; separator="|") AS ?names)
                   (GROUP_CONCAT(DISTINCT ?place; separator="|") AS ?places)
            WHERE { GRAPH ?g {
                ?s sitrep:sent ?d . ?d sitrep:troopCount ?count .
                OPTIONAL { ?s rdfs:label ?sender }
                OPTIONAL { ?s owl:sameAs ?wd }
                OPTIONAL { ?d sitrep:destination ?dest .
                           { ?dest owl:sameAs ?place } UNION { ?dest rdfs:label ?place } }
            } }
            GROUP BY ?d ?wd ?count ORDER BY ?d
            """;

    private static final String ENTITIES = PREFIXES + """
            SELECT DISTINCT ?wd WHERE { GRAPH ?g {
                ?mention itsrdf:taIdentRef ?e . ?e owl:sameAs ?wd .
            } } ORDER BY ?wd
            """;

    private final Pipeline pipeline;

    public Evaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Scores every article under {@code articles} that has a gold file {@code X.json} in
     * {@code goldDir} for its file {@code X.*}.
     */
    public EvalReport run(Path goldDir, Path articles) throws IOException {
        Map<String, Article> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        new ArticleReader().read(List.of(articles), new ArticleSink() {
            @Override
            public void article(Article a) {
                byId.put(a.id(), a);
            }

            @Override
            public void problem(String where, String message) {
                problems.add(where + ": " + message);
            }
        });
        List<EvalReport.ArticleScore> scores = new ArrayList<>();
        List<Path> goldFiles;
        try (var files = Files.list(goldDir)) {
            goldFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : goldFiles) {
            String name = goldFile.getFileName().toString();
            String id = name.substring(0, name.length() - ".json".length());
            Article article = byId.get(id);
            if (article == null) {
                problems.add(goldFile + ": no article " + id + ".* under " + articles);
                continue;
            }
            scores.add(score(article, Gold.read(goldFile)));
        }
        return new EvalReport(scores, problems);
    }

    private EvalReport.ArticleScore score(Article article, Gold gold) {
        Dataset ds = DatasetFactory.createTxnMem();
        pipeline.toRdf(article, StreamRDFLib.dataset(ds.asDatasetGraph()));
        String graph = Iris.article(article.id());
        List<Item> statements = new ArrayList<>();
        for (QuerySolution row : select(ds, STATEMENTS, graph)) {
            String type = localName(row.get("type"));
            String wd = wikidataId(row.get("wd"));
            List<String> names = List.of(row.getLiteral("names").getString().split("\\|"));
            statements.add(new Item(names.get(0), "AnonymousSource".equals(type) ? "Anonymous" : type,
                    wd, names, row.getLiteral("claim").getString(), null, List.of(), false));
        }
        List<Item> deployments = new ArrayList<>();
        for (QuerySolution row : select(ds, DEPLOYMENTS, graph)) {
            // a deployment without destinations (a withdrawal) leaves the concatenation unbound
            String places = row.contains("places") ? row.getLiteral("places").getString() : "";
            List<String> names = List.of(row.getLiteral("names").getString().split("\\|"));
            List<String> placeList = new ArrayList<>();
            for (String p : places.split("\\|")) {
                if (!p.isEmpty()) {
                    placeList.add(p.startsWith("http://www.wikidata.org/entity/")
                            ? p.substring(p.lastIndexOf('/') + 1) : p);
                }
            }
            deployments.add(new Item(names.get(0), null, wikidataId(row.get("wd")), names, "",
                    row.getLiteral("count").getLong(), placeList, false));
        }
        List<String> entityIds = new ArrayList<>();
        for (QuerySolution row : select(ds, ENTITIES, graph)) {
            entityIds.add(wikidataId(row.get("wd")));
        }
        List<Item> goldPersons = gold.statements().stream().filter(i -> "Person".equals(i.whoType())).toList();
        List<Item> predPersons = statements.stream().filter(i -> "Person".equals(i.whoType())).toList();
        return new EvalReport.ArticleScore(article.id(),
                Matching.statements(statements, gold.statements()),
                Matching.statements(predPersons, goldPersons),
                Matching.deployments(deployments, gold.deployments()),
                entities(entityIds, gold.entityIds()));
    }

    private static Matching.Outcome entities(List<String> predicted, List<String> gold) {
        List<Item> p = predicted.stream().map(Evaluation::idItem).toList();
        List<Item> g = gold.stream().map(Evaluation::idItem).toList();
        return Matching.assign(p, g, (a, b) -> a.whoId().equals(b.whoId()) ? 1 : -1);
    }

    private static Item idItem(String id) {
        return new Item(id, null, id, List.of(id), id, null, List.of(), false);
    }

    private static List<QuerySolution> select(Dataset ds, String query, String graph) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setIri("g", graph);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                rows.add(rs.next());
            }
        }
        return rows;
    }

    private static String localName(RDFNode type) {
        String iri = type.asResource().getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static String wikidataId(RDFNode node) {
        if (node == null) {
            return null;
        }
        String iri = node.asResource().getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
