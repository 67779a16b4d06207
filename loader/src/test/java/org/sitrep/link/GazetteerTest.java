package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;

class GazetteerTest {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    @ParameterizedTest
    @ValueSource(strings = {"countries.tsv", "organizations.tsv", "people.tsv", "places.tsv"})
    void everyRowHasAValidIdAndNoIdRepeatsInAFile(String file) {
        List<Map<String, String>> rows = Gazetteer.read(file);
        assertFalse(rows.isEmpty());
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : rows) {
            String id = row.get("wikidata");
            // names without a verified item are kept unlinked, with an empty id; states never
            boolean mayBeEmpty = !file.equals("countries.tsv");
            if (id.isEmpty() && mayBeEmpty) {
                continue;
            }
            assertTrue(QID.matcher(id).matches(), file + ": bad id in " + row);
            assertTrue(seen.add(id), file + ": duplicate id " + id);
            assertFalse(row.get("source").isBlank(), file + ": no source for " + id);
        }
    }

    @Test
    void capitalIdsAreValidToo() {
        for (Map<String, String> row : Gazetteer.read("countries.tsv")) {
            assertTrue(QID.matcher(row.get("capital_wikidata")).matches(), row.toString());
        }
    }

    @Test
    void everyRowLoads() {
        Gazetteer g = Gazetteer.bundled();
        for (String file : List.of("countries.tsv", "organizations.tsv", "people.tsv", "places.tsv")) {
            for (Map<String, String> row : Gazetteer.read(file)) {
                if (!row.get("wikidata").isEmpty()) {
                    assertEquals(row.get("wikidata"), g.byWikidata(row.get("wikidata")).wikidata());
                }
            }
        }
        assertSame(g, Gazetteer.bundled(), "loaded once");
    }

    @Test
    void entitiesCarryFrenchAndEnglishLabels() {
        Entity us = Gazetteer.bundled().byWikidata("Q30");
        assertEquals(new Entity(EntityType.COUNTRY, "États-Unis", "United States", "Q30"), us);
        assertEquals(EntityType.PERSON, Gazetteer.bundled().byWikidata("Q6279").type());
        assertNull(Gazetteer.bundled().byWikidata("Q999999999"));
    }

    @Test
    void countryOfPersonsCapitalsAndPlaces() {
        Gazetteer g = Gazetteer.bundled();
        Entity us = g.byWikidata("Q30");
        assertEquals(us, g.countryOf(g.byWikidata("Q6279")));
        assertEquals(g.byWikidata("Q212"), g.countryOf(g.byWikidata("Q1899")));
        assertEquals(us, g.countryOf(g.byWikidata("Q16635")));
        assertNull(g.countryOf(us));
        assertNull(g.countryOf(g.byWikidata("Q7184")));
    }

    @Test
    void demonymsFindTheirState() {
        Gazetteer g = Gazetteer.bundled();
        assertEquals("Q30", g.countryByDemonym("Américains").wikidata());
        assertEquals("Q884", g.countryByDemonym("sud-coréenne").wikidata());
        assertNull(g.countryByDemonym("congolais"), "two Congos: no single state");
        assertNull(g.countryByDemonym("soldats"));
    }

    @Test
    void pentagonIsTheDepartmentOfDefense() {
        assertTrue(Gazetteer.bundled().names().stream().anyMatch(
                n -> n.surface().equals("Pentagone") && n.entity().wikidata().equals("Q11209")));
    }
}
