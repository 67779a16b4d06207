package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.Pipeline;
import org.sitrep.TestFiles;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * {@code sitrep gazetteer import} below the command line: result files of every WDQS format
 * become entries of a user gazetteer directory, which {@link Gazetteer#withImported} adds to the
 * bundled tables. Q57652 (Helle Thorning-Schmidt) is verified in
 * {@code src/test/resources/gazetteer-import/README.md}; she is not in the bundled gazetteer.
 */
class GazetteerImportTest {

    private static final String THORNING_SCHMIDT = "Q57652";
    private static final String DENMARK = "Q35";

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return TestFiles.resource("gazetteer-import/" + name);
    }

    private static List<Mention> link(Gazetteer gazetteer, String text) {
        Document doc = new Pipeline(gazetteer).process(new Article("t", "test", null, null, null, null, text, List.of()));
        return doc.mentions();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thorning-schmidt.json", "thorning-schmidt-simple.json", "thorning-schmidt.csv",
            "thorning-schmidt-sparql.tsv", "thorning-schmidt-raw.tsv"})
    void everyResultFormatGivesTheSameLinkedPerson(String file) throws IOException {
        assertNull(Gazetteer.bundled().byWikidata(THORNING_SCHMIDT), "the fixture person must be new");
        GazetteerImport.Summary summary = new GazetteerImport(dir).importFile(fixture(file), null, null);
        assertEquals(1, summary.imported(), summary.toString());

        Gazetteer g = Gazetteer.withImported(dir);
        Entity person = g.byWikidata(THORNING_SCHMIDT);
        assertNotNull(person);
        assertEquals(EntityType.PERSON, person.type());
        assertEquals("Helle Thorning-Schmidt", person.label());
        assertEquals(DENMARK, g.countryOf(person).wikidata(), "the country column names a bundled state");
        assertTrue(g.rolesOf(person).contains("Premier ministre du Danemark"), g.rolesOf(person).toString());

        List<Mention> mentions = link(g, "Helle Thorning-Schmidt a rencontré mardi ses homologues à Copenhague.");
        assertTrue(mentions.stream().anyMatch(m -> THORNING_SCHMIDT.equals(m.entity().wikidata())), mentions.toString());
        List<Mention> before = link(Gazetteer.bundled(), "Helle Thorning-Schmidt a rencontré mardi ses homologues.");
        assertTrue(before.stream().noneMatch(m -> THORNING_SCHMIDT.equals(m.entity().wikidata())), before.toString());
    }

    @Test
    void badRowsAreReportedWithFileAndLineAndSkipped() throws IOException {
        GazetteerImport.Summary summary = new GazetteerImport(dir).importFile(fixture("thorning-schmidt.csv"), null, null);
        assertEquals(1, summary.imported(), "two rows of one id are one entity: " + summary);
        assertEquals(2, summary.skipped(), summary.toString());
        // line 3 holds a quoted cell with a comma, doubled quotes and a line break, so line 5 follows
        assertTrue(summary.problems().get(0).startsWith("thorning-schmidt.csv: line 5: "), summary.problems().toString());
        assertTrue(summary.problems().get(0).contains("X12"), summary.problems().toString());
        assertTrue(summary.problems().get(1).startsWith("thorning-schmidt.csv: line 6: "), summary.problems().toString());
        assertTrue(summary.problems().get(1).contains("label"), summary.problems().toString());
        Entity person = Gazetteer.withImported(dir).byWikidata(THORNING_SCHMIDT);
        assertEquals(List.of("Premier ministre du Danemark", "chef du gouvernement danois"),
                Gazetteer.withImported(dir).rolesOf(person), "the roles of both rows");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        GazetteerImport importer = new GazetteerImport(dir);
        importer.importFile(fixture("thorning-schmidt.json"), null, null);
        String first = Files.readString(dir.resolve("people.tsv"));
        GazetteerImport.Summary again = importer.importFile(fixture("thorning-schmidt.json"), null, null);
        assertEquals(new GazetteerImport.Summary(0, 0, 1, 0, List.of()), again);
        assertEquals(first, Files.readString(dir.resolve("people.tsv")));
        GazetteerImport.Summary otherFormat = importer.importFile(fixture("thorning-schmidt-raw.tsv"), null, null);
        assertEquals(1, otherFormat.unchanged(), otherFormat.toString());
        assertEquals(2, Files.readAllLines(dir.resolve("people.tsv")).size(), "header and one row");
        long entities = Gazetteer.withImported(dir).entities().stream()
                .filter(e -> THORNING_SCHMIDT.equals(e.wikidata())).count();
        assertEquals(1, entities);
    }

    @Test
    void aBundledIdGainsAliasesAndIsNeverDuplicated() throws IOException {
        Path file = dir.resolve("putin.csv");
        Files.writeString(file, """
                person,nameEn,nameFr,aliasesFr
                http://www.wikidata.org/entity/Q7747,Vladimir Putin,Vladimir Poutine,Vladimir V. Poutine|Poutine
                """);
        Path gazetteerDir = dir.resolve("gazetteer");
        GazetteerImport.Summary summary = new GazetteerImport(gazetteerDir).importFile(file, null, null);
        assertEquals(new GazetteerImport.Summary(0, 1, 0, 0, List.of()), summary);

        Gazetteer g = Gazetteer.withImported(gazetteerDir);
        assertEquals(1, g.entities().stream().filter(e -> "Q7747".equals(e.wikidata())).count());
        assertEquals(Gazetteer.bundled().byWikidata("Q7747").label(), g.byWikidata("Q7747").label(),
                "the bundled preferred label stays");
        assertEquals(Gazetteer.bundled().rolesOf(Gazetteer.bundled().byWikidata("Q7747")),
                g.rolesOf(g.byWikidata("Q7747")), "the bundled roles stay");
        List<Mention> mentions = link(g, "Vladimir V. Poutine a signé un décret lundi.");
        assertTrue(mentions.stream().anyMatch(m -> "Q7747".equals(m.entity().wikidata())
                && m.span().end() - m.span().start() == "Vladimir V. Poutine".length()), mentions.toString());
        assertEquals(1, new GazetteerImport(gazetteerDir).importFile(file, null, null).unchanged());
    }

    @Test
    void aPersonWithoutEnglishLabelHasNoEmptyOne() throws IOException {
        Path file = dir.resolve("fr-only.csv");
        Files.writeString(file, "person,nameFr\nhttp://www.wikidata.org/entity/Q57652,Helle Thorning-Schmidt\n");
        assertEquals(1, new GazetteerImport(dir.resolve("g")).importFile(file, null, null).imported());
        Entity person = Gazetteer.withImported(dir.resolve("g")).byWikidata(THORNING_SCHMIDT);
        assertEquals("Helle Thorning-Schmidt", person.label());
        assertNull(person.labelEn(), "no empty English label in the graph");
    }

    @Test
    void anIdOfAnotherTypeIsRefused() throws IOException {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "person,nameFr\nhttp://www.wikidata.org/entity/Q142,Marianne\n");
        GazetteerImport.Summary summary = new GazetteerImport(dir.resolve("g")).importFile(file, null, null);
        assertEquals(1, summary.skipped(), summary.toString());
        assertTrue(summary.problems().get(0).contains("Q142 is a country"), summary.problems().toString());
        assertSame(Gazetteer.bundled(), Gazetteer.withImported(dir.resolve("g")), "nothing was imported");
    }

    @Test
    void theTypeMayBeGivenWithAnItemColumn() throws IOException {
        Path file = dir.resolve("places.tsv");
        // Copenhagen is Denmark's capital in the bundled table (countries.tsv, Q1748)
        Files.writeString(file, "item\tlabel\n<http://www.wikidata.org/entity/Q1748>\t\"Kobenhavn\"@fr\n");
        assertThrows(IllegalArgumentException.class,
                () -> new GazetteerImport(dir.resolve("g")).importFile(file, null, null), "no id column");
        GazetteerImport.Summary summary = new GazetteerImport(dir.resolve("g"))
                .importFile(file, null, GazetteerImport.typeNamed("place"));
        assertEquals(1, summary.updated(), "a bundled capital gains a name: " + summary);
        Gazetteer g = Gazetteer.withImported(dir.resolve("g"));
        assertEquals(1, g.entities().stream().filter(e -> "Q1748".equals(e.wikidata())).count());
        List<Mention> mentions = link(g, "Des navires sont arrivés à Kobenhavn mardi.");
        assertTrue(mentions.stream().anyMatch(m -> "Q1748".equals(m.entity().wikidata())), mentions.toString());
    }

    @Test
    void anImportedIdLinksAnUnlinkedEntryOfTheSameName() {
        Tables base = new Tables();
        Map<String, String> unlinked = Tables.Table.PEOPLE.emptyRow();
        unlinked.put("name", "Helle Thorning-Schmidt");
        unlinked.put("aliases_fr", "Helle Thorning-Schmidt|Thorning-Schmidt");
        base.rows(Tables.Table.PEOPLE).add(unlinked);
        Tables.Merger merger = new Tables.Merger(base);
        Map<String, String> imported = Tables.Table.PEOPLE.emptyRow();
        imported.put("wikidata", THORNING_SCHMIDT);
        imported.put("aliases_fr", "Helle Thorning-Schmidt");
        assertEquals(Tables.Outcome.EXTENDED, merger.merge(Tables.Table.PEOPLE, imported));
        List<Map<String, String>> rows = merger.tables().rows(Tables.Table.PEOPLE);
        assertEquals(1, rows.size());
        assertEquals(THORNING_SCHMIDT, rows.get(0).get("wikidata"));
        assertEquals("Helle Thorning-Schmidt|Thorning-Schmidt", rows.get(0).get("aliases_fr"));
    }

    @Test
    void theDirectoryComesFromThePropertyThenTheDefault() {
        String before = System.getProperty(Gazetteer.DIRECTORY_PROPERTY);
        try {
            System.setProperty(Gazetteer.DIRECTORY_PROPERTY, dir.toString());
            assertEquals(dir, Gazetteer.directory());
            System.clearProperty(Gazetteer.DIRECTORY_PROPERTY);
            if (System.getenv(Gazetteer.DIRECTORY_ENV) == null) {
                assertEquals(Gazetteer.DEFAULT_DIRECTORY, Gazetteer.directory());
            }
        } finally {
            if (before == null) {
                System.clearProperty(Gazetteer.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(Gazetteer.DIRECTORY_PROPERTY, before);
            }
        }
    }

    @Test
    void csvQuotingFollowsRfc4180() {
        List<QueryResults.Row> rows = QueryResults.csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");
        assertEquals(2, rows.size());
        assertEquals(Map.of("a", "x, y", "b", "say \"hi\"", "c", "two\nlines"), rows.get(0).cells());
        assertEquals("line 2", rows.get(0).where());
        assertEquals(Map.of("a", "last", "b", "", "c", ""), rows.get(1).cells());
        assertEquals("line 4", rows.get(1).where());
        assertThrows(IllegalArgumentException.class, () -> QueryResults.csv("a\n\"never closed\n"));
    }
}
