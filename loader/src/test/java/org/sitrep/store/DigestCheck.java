package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/** The digest's definition, computed from the article graphs alone, to compare with the digest. */
public final class DigestCheck {

    private DigestCheck() {
    }

    static final String PREFIXES = """
            PREFIX sitrep: <https://w3id.org/sitrep/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX id:     <https://w3id.org/sitrep/id/>
            """;

    /** The entity totals as the ontology defines them, computed from the article graphs alone. */
    private static final String ENTITIES_FROM_ARTICLES = PREFIXES + """
            SELECT ?e (STR(SUM(?mentions)) AS ?m) (STR(COUNT(?g)) AS ?a) (STR(SUM(?said)) AS ?s) (STR(SUM(?quoted)) AS ?q)
            WHERE {
              {
                SELECT ?g ?e (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
                  GRAPH ?g {
                    ?e a ?type .
                    VALUES ?type { schema:Person schema:Organization schema:Country schema:Place }
                    OPTIONAL { ?mention itsrdf:taIdentRef ?e }
                  }
                  FILTER (?g != id:digest && STRSTARTS(STR(?e), "https://w3id.org/sitrep/id/entity/"))
                } GROUP BY ?g ?e
              }
              { SELECT ?g ?e (COUNT(DISTINCT ?st) AS ?said) WHERE { GRAPH ?g { ?e a ?t OPTIONAL { ?e sitrep:said ?st } } } GROUP BY ?g ?e }
              { SELECT ?g ?e (COUNT(DISTINCT ?dq) AS ?quoted) WHERE {
                  GRAPH ?g { ?e a ?t OPTIONAL { ?e sitrep:said ?dq . ?dq sitrep:direct true } } } GROUP BY ?g ?e }
            }
            GROUP BY ?e
            """;

    static final String ENTITIES_IN_DIGEST = PREFIXES + """
            SELECT ?e (STR(?mc) AS ?m) (STR(?ac) AS ?a) (STR(?sc) AS ?s) (STR(?qc) AS ?q) WHERE {
              GRAPH id:digest { ?e sitrep:mentionCount ?mc ; sitrep:articleCount ?ac ;
                                   sitrep:statementCount ?sc ; sitrep:quotationCount ?qc }
            }
            """;

    /** One report per deployment and destination, keyed by a category that is never unbound. */
    private static final String REPORTS = """
              GRAPH ?g {
                ?sender sitrep:sent ?d . ?d sitrep:destination ?destination ; sitrep:status ?status .
                FILTER (?status != sitrep:Denied)
                OPTIONAL { ?d sitrep:unitCategory ?category }
                OPTIONAL { ?d sitrep:troopCount ?count }
              }
              BIND (COALESCE(?category, "none") AS ?key)
            """;

    private static final String FLOWS_FROM_ARTICLES = PREFIXES + """
            SELECT ?sender ?destination ?key (STR(COUNT(?d)) AS ?reports) (STR(COUNT(DISTINCT ?g)) AS ?articles)
                   (STR(COUNT(?count)) AS ?figures) (STR(COALESCE(SUM(?count), 0)) AS ?total)
                   (STR(MAX(?count)) AS ?largest) (STR(SUM(COALESCE(IF(?count = ?max, 1, 0), 0))) AS ?atLargest)
            WHERE {
              %s
              { SELECT ?sender ?destination ?key (MAX(?count) AS ?max) WHERE { %s } GROUP BY ?sender ?destination ?key }
            }
            GROUP BY ?sender ?destination ?key
            """.formatted(REPORTS, REPORTS);

    static final String FLOWS_IN_DIGEST = PREFIXES + """
            SELECT ?sender ?destination ?key (STR(?r) AS ?reports) (STR(?a) AS ?articles)
                   (STR(?f) AS ?figures) (STR(?t) AS ?total) (STR(?l) AS ?largest) (STR(COALESCE(?al, 0)) AS ?atLargest)
            WHERE {
              GRAPH id:digest { ?flow a sitrep:Flow ; sitrep:flowSender ?sender ; sitrep:flowDestination ?destination ;
                  sitrep:reportCount ?r ; sitrep:articleCount ?a ; sitrep:figureCount ?f ; sitrep:troopTotal ?t .
                  OPTIONAL { ?flow sitrep:flowCategory ?category }
                  OPTIONAL { ?flow sitrep:largestFigure ?l ; sitrep:largestFigureReports ?al } }
              BIND (COALESCE(?category, "none") AS ?key)
            }
            """;

    /** Asserts that every total of the digest equals its definition over the article graphs. */
    public static void assertMatchesArticles(Dataset ds) {
        assertEquals(rows(ds, ENTITIES_FROM_ARTICLES), rows(ds, ENTITIES_IN_DIGEST), "entity totals");
        assertEquals(rows(ds, FLOWS_FROM_ARTICLES), rows(ds, FLOWS_IN_DIGEST), "flow totals");
    }

    static Set<List<String>> rows(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                Set<List<String>> out = new HashSet<>();
                List<String> vars = qe.getQuery().getResultVars();
                qe.execSelect().forEachRemaining((QuerySolution row) -> {
                    List<String> values = new ArrayList<>();
                    vars.forEach(v -> values.add(String.valueOf(row.get(v))));
                    out.add(values);
                });
                return out;
            }
        });
    }
}
