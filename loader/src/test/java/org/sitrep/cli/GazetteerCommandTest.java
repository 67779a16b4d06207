package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestFiles;
import org.sitrep.link.Gazetteer;
import org.sitrep.store.Store;

/**
 * The gazetteer grows without code: {@code sitrep gazetteer import} of a WDQS result file makes
 * a new person linkable on the next {@code sitrep load}; and one person written two ways is one
 * node, linked or not. Everything runs through the command line into real TDB2 stores.
 */
class GazetteerCommandTest {

    private static final String PREFIXES = """
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;

    @TempDir
    Path tmp;

    /** Runs the command line with standard error captured; returns {exit code, stderr}. */
    private static Object[] run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(args);
            return new Object[] {code, err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(original);
        }
    }

    /** {@code sitrep load} with the user gazetteer directory set by the system property, restored after. */
    private static void load(Path gazetteer, Path store, Path articles) {
        String before = System.getProperty(Gazetteer.DIRECTORY_PROPERTY);
        System.setProperty(Gazetteer.DIRECTORY_PROPERTY, gazetteer.toString());
        try {
            assertEquals(0, Main.execute("load", "--quiet", "--store", store.toString(), articles.toString()));
        } finally {
            if (before == null) {
                System.clearProperty(Gazetteer.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(Gazetteer.DIRECTORY_PROPERTY, before);
            }
        }
    }

    private static List<Map<String, String>> select(Path storeDir, String query) {
        try (Store store = Store.open(storeDir)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new HashMap<>();
                        for (String v : rs.getResultVars()) {
                            RDFNode n = s.get(v);
                            row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            });
        }
    }

    /** The Wikidata items of the person nodes that a mention written {@code anchor} points to. */
    private static List<Map<String, String>> personsWritten(Path store, String anchor) {
        return select(store, """
                SELECT DISTINCT ?person ?sameAs WHERE {
                  ?mention itsrdf:taIdentRef ?person ; nif:anchorOf ?anchor .
                  FILTER (STR(?anchor) = "%s")
                  ?person a schema:Person .
                  OPTIONAL { ?person owl:sameAs ?sameAs }
                }""".formatted(anchor));
    }

    @ParameterizedTest
    @CsvSource({"thorning-schmidt.json, 0, 0", "thorning-schmidt.csv, 1, 2"})
    void anImportedWdqsResultMakesANewPersonLinkableEndToEnd(String file, int exitCode, int skipped) {
        Path gazetteer = tmp.resolve("gazetteer");
        Object[] imported = run("gazetteer", "import", "--gazetteer", gazetteer.toString(),
                TestFiles.resource("gazetteer-import/" + file).toString());
        assertEquals(exitCode, imported[0], (String) imported[1]);
        assertTrue(((String) imported[1]).contains("imported 1, updated 0, unchanged 0, skipped " + skipped),
                (String) imported[1]);

        Path articles = TestFiles.resource("gazetteer-import/articles");
        Path withImport = tmp.resolve("with-import");
        load(gazetteer, withImport, articles);
        List<Map<String, String>> persons = personsWritten(withImport, "Helle Thorning-Schmidt");
        assertEquals(1, persons.size(), persons.toString());
        assertEquals("http://www.wikidata.org/entity/Q57652", persons.get(0).get("sameAs"));

        Path without = tmp.resolve("without-import");
        load(tmp.resolve("empty-gazetteer"), without, articles);
        List<Map<String, String>> unlinked = personsWritten(without, "Helle Thorning-Schmidt");
        assertEquals(1, unlinked.size(), unlinked.toString());
        assertEquals(null, unlinked.get(0).get("sameAs"), "without the import she is no Wikidata item");

        Object[] again = run("gazetteer", "import", "--gazetteer", gazetteer.toString(),
                TestFiles.resource("gazetteer-import/" + file).toString());
        assertTrue(((String) again[1]).contains("imported 0, updated 0, unchanged 1"), (String) again[1]);
    }

    @Test
    void onePersonSpelledTwoWaysIsOneNodeWithOneSameAsOrNoneWhenUnlinked() {
        Path store = tmp.resolve("store");
        load(tmp.resolve("empty-gazetteer"), store, TestFiles.resource("gazetteer-import/variants"));

        // a person the bundled gazetteer links, written with two of its aliases
        List<Map<String, String>> linked = select(store, """
                SELECT ?person (COUNT(DISTINCT ?anchor) AS ?spellings) (COUNT(DISTINCT ?sameAs) AS ?items)
                       (SAMPLE(?sameAs) AS ?item)
                WHERE {
                  ?mention itsrdf:taIdentRef ?person ; nif:anchorOf ?anchor .
                  FILTER (STR(?anchor) IN ("Benjamin Netanyahou", "Benjamin Netanyahu"))
                  ?person a schema:Person .
                  OPTIONAL { ?person owl:sameAs ?sameAs }
                }
                GROUP BY ?person""");
        assertEquals(1, linked.size(), "one node: " + linked);
        assertEquals("2", linked.get(0).get("spellings"), linked.toString());
        assertEquals("1", linked.get(0).get("items"), linked.toString());
        assertEquals("http://www.wikidata.org/entity/Q43723", linked.get(0).get("item"));

        // a person no gazetteer knows, written with and without the accent: merged by name and type
        List<Map<String, String>> unlinked = select(store, """
                SELECT ?person (COUNT(DISTINCT ?anchor) AS ?spellings) (COUNT(DISTINCT ?sameAs) AS ?items)
                WHERE {
                  ?mention itsrdf:taIdentRef ?person ; nif:anchorOf ?anchor .
                  FILTER (STR(?anchor) IN ("Élodie Marchand", "Elodie Marchand"))
                  ?person a schema:Person .
                  OPTIONAL { ?person owl:sameAs ?sameAs }
                }
                GROUP BY ?person""");
        assertEquals(1, unlinked.size(), "one node: " + unlinked);
        assertEquals("2", unlinked.get(0).get("spellings"), unlinked.toString());
        assertEquals("0", unlinked.get(0).get("items"), "an unlinked person has no owl:sameAs");
        List<Map<String, String>> labels = select(store, """
                SELECT DISTINCT ?label WHERE { <%s> rdfs:label ?label }""".formatted(unlinked.get(0).get("person")));
        assertEquals(Set.of("Élodie Marchand", "Elodie Marchand"),
                labels.stream().map(r -> r.get("label")).collect(Collectors.toSet()), "each article's spelling is a label");
    }

    @Test
    void aFileThatIsNoResultSetFailsWithItsName() {
        Object[] result = run("gazetteer", "import", "--gazetteer", tmp.resolve("g").toString(),
                TestFiles.resource("gazetteer-import/articles/baltique-danemark.txt").toString(), "--format", "json");
        assertEquals(Main.EXIT_FAILED, result[0]);
        assertTrue(((String) result[1]).contains("baltique-danemark.txt"), (String) result[1]);
    }
}
