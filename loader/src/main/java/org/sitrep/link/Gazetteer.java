package org.sitrep.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;

/**
 * The bundled table of known entities with their French names and Wikidata ids: countries
 * (with article forms, demonyms and capitals), organizations, people, places, and the seats of
 * government that stand for their state. The TSV files ship in the jar under
 * {@code /sitrep/gazetteer/}; {@code SOURCES.md} there says where each id was verified.
 * Immutable once loaded, so one instance serves every thread.
 */
public final class Gazetteer {

    private static final String RESOURCE_DIR = "/sitrep/gazetteer/";

    private static volatile Gazetteer bundled;

    private final Map<String, Entity> byWikidata = new HashMap<>();
    private final Map<Entity, Entity> countryOf = new HashMap<>();
    private final Map<Entity, List<String>> roles = new HashMap<>();
    private final Map<String, Entity> countryByDemonym = new HashMap<>();
    private final List<Name> names = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private NameMatcher matcher;

    private Gazetteer() {
    }

    /** The gazetteer shipped in the jar, loaded on first use and shared afterwards. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = bundled;
                if (g == null) {
                    g = load();
                    bundled = g;
                }
            }
        }
        return g;
    }

    /** The entity with this Wikidata id, or null when the gazetteer does not know it. */
    public Entity byWikidata(String qid) {
        return qid == null ? null : byWikidata.get(qid);
    }

    /**
     * The state an entity belongs to: the country a person serves, the state of a capital or a
     * place; null when unknown or when the entity is a country or an international body.
     */
    public Entity countryOf(Entity e) {
        return e == null ? null : countryOf.get(e);
    }

    /** Role words that precede a known person's name in French news; empty when none. */
    public List<String> rolesOf(Entity person) {
        return roles.getOrDefault(person, List.of());
    }

    /**
     * The country whose demonym this word is ("américains" gives the United States), matched
     * without regard to case or accents; null when it is none or could be several.
     */
    public Entity countryByDemonym(String word) {
        return word == null ? null : countryByDemonym.get(TextNorm.normWord(word));
    }

    /** Every entity the gazetteer knows, linked or not, in file order. */
    public Collection<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    List<Name> names() {
        return Collections.unmodifiableList(names);
    }

    NameMatcher matcher() {
        return matcher;
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.loadCountries(read("countries.tsv"));
        g.loadOrganizations(read("organizations.tsv"));
        g.loadPeople(read("people.tsv"));
        g.loadPlaces(read("places.tsv"));
        g.loadSeats(read("seats.tsv"));
        g.matcher = new NameMatcher(g.names);
        return g;
    }

    private void loadCountries(List<Map<String, String>> rows) {
        Map<String, String> ambiguousDemonyms = new HashMap<>();
        for (Map<String, String> r : rows) {
            List<String> namesFr = split(r.get("name_fr"));
            Entity country = add(new Entity(EntityType.COUNTRY, namesFr.get(0), r.get("name_en"),
                    r.get("wikidata")));
            for (String n : namesFr) {
                names.add(new Name(n, country, Name.Use.NAME, null));
            }
            names.add(new Name(r.get("article_fr"), country, Name.Use.NAME, null));
            for (String d : split(r.get("demonyms_fr"))) {
                names.add(new Name(d, country, Name.Use.DEMONYM, null));
                String key = TextNorm.normWord(d);
                Entity before = countryByDemonym.putIfAbsent(key, country);
                if (before != null && !before.equals(country)) {
                    ambiguousDemonyms.put(key, d);
                }
            }
            String capitalId = r.get("capital_wikidata");
            List<String> capitalNames = split(r.get("capital_fr"));
            if (capitalId.equals(country.wikidata()) || capitalNames.isEmpty()) {
                continue; // city-states: the country's own name covers the capital
            }
            Entity capital = add(new Entity(EntityType.PLACE, capitalNames.get(0), null, capitalId));
            countryOf.put(capital, country);
            for (String c : capitalNames) {
                if (!namesFr.contains(c)) { // "Djibouti", "Koweït": the state wins
                    names.add(new Name(c, capital, Name.Use.CAPITAL, null));
                }
            }
        }
        // "congolais" is both Congos: a demonym that could be two states names neither
        countryByDemonym.keySet().removeAll(ambiguousDemonyms.keySet());
        names.removeIf(n -> n.use() == Name.Use.DEMONYM
                && ambiguousDemonyms.containsKey(TextNorm.normWord(n.surface())));
    }

    private void loadOrganizations(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            List<String> labels = split(r.get("labels_fr"));
            Entity org = add(new Entity(EntityType.ORGANIZATION, labels.get(0), r.get("name_en"),
                    emptyToNull(r.get("wikidata"))));
            for (String l : labels) {
                names.add(new Name(l, org, Name.Use.NAME, null));
            }
            for (String a : split(r.get("acronyms"))) {
                names.add(new Name(a, org, Name.Use.NAME, null));
            }
            String context = r.get("context_wikidata").isEmpty() ? org.wikidata()
                    : r.get("context_wikidata");
            List<String> ambiguous = split(r.get("ambiguous_fr"));
            if (context == null && !ambiguous.isEmpty()) {
                throw new IllegalStateException("ambiguous labels without context: " + r);
            }
            for (String l : ambiguous) {
                names.add(new Name(l, org, Name.Use.NAME, context));
            }
        }
    }

    private void loadPeople(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            List<String> aliases = split(r.get("aliases_fr"));
            Entity person = add(new Entity(EntityType.PERSON, aliases.get(0), r.get("name"),
                    emptyToNull(r.get("wikidata"))));
            for (String a : aliases) {
                names.add(new Name(a, person, Name.Use.NAME, null));
            }
            roles.put(person, split(r.get("roles_fr")));
            Entity country = byWikidata.get(r.get("country_wikidata"));
            if (country != null) {
                countryOf.put(person, country);
            }
        }
    }

    private void loadPlaces(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            List<String> labels = split(r.get("labels_fr"));
            Entity place = add(new Entity(EntityType.PLACE, labels.get(0), r.get("name_en"),
                    emptyToNull(r.get("wikidata"))));
            for (String l : labels) {
                names.add(new Name(l, place, Name.Use.NAME, null));
            }
            Entity country = byWikidata.get(r.get("country_wikidata"));
            if (country != null) {
                countryOf.put(place, country);
            }
        }
    }

    private void loadSeats(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            Entity country = byWikidata.get(r.get("country_wikidata"));
            if (country == null) {
                throw new IllegalStateException("seat of unknown country " + r);
            }
            for (String l : split(r.get("labels_fr"))) {
                names.add(new Name(l, country, Name.Use.SEAT, null));
            }
        }
    }

    private Entity add(Entity e) {
        if (e.wikidata() != null && byWikidata.putIfAbsent(e.wikidata(), e) != null) {
            throw new IllegalStateException("duplicate Wikidata id " + e.wikidata());
        }
        entities.add(e);
        return e;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String v : cell.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    /** Rows of a bundled TSV file as column name to cell; missing trailing cells are empty. */
    static List<Map<String, String>> read(String file) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled gazetteer file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length > header.length) {
                    throw new IllegalStateException(file + ": too many cells in " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
