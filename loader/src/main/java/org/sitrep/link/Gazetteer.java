package org.sitrep.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled table of known entities with their French names and Wikidata ids: countries
 * (with article forms, demonyms and capitals), organizations, people, places, and the seats of
 * government that stand for their state. The TSV files ship in the jar under
 * {@code /sitrep/gazetteer/}; {@code SOURCES.md} there says where each id was verified.
 * {@link #standard()} adds the entries {@code sitrep gazetteer import} wrote into a user
 * directory ({@link GazetteerImport}). Immutable once loaded, so one instance serves every
 * thread.
 */
public final class Gazetteer {

    /** Where imported entries live unless told otherwise: beside the default store. */
    public static final Path DEFAULT_DIRECTORY = Path.of("data", "gazetteer");
    /** The system property that names the directory of imported entries. */
    public static final String DIRECTORY_PROPERTY = "sitrep.gazetteer";
    /** The environment variable that names it when the property is not set. */
    public static final String DIRECTORY_ENV = "SITREP_GAZETTEER";

    private static final String RESOURCE_DIR = "/sitrep/gazetteer/";
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);

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
                    g = load(bundledTables());
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

    /**
     * The bundled gazetteer extended with the entries {@code sitrep gazetteer import} wrote into
     * {@link #directory()}, as they are when this is called: what the commands that build a
     * pipeline use. Without imported entries it is {@link #bundled()} itself.
     */
    public static Gazetteer standard() {
        return withImported(directory());
    }

    /** The bundled gazetteer extended with the imported entries found in {@code dir}. */
    public static Gazetteer withImported(Path dir) {
        Tables imported = Tables.readDirectory(dir);
        if (imported.isEmpty()) {
            return bundled();
        }
        Tables.Merger merger = new Tables.Merger(bundledTables());
        for (Tables.Table table : Tables.Table.values()) {
            for (Map<String, String> row : imported.rows(table)) {
                if (merger.merge(table, row) == Tables.Outcome.CONFLICT) {
                    // the import refuses such rows; they appear when a bundled id changes type
                    LOG.warn("{}: {} is a {} in the bundled gazetteer; imported row ignored",
                            dir.resolve(table.file), row.get("wikidata"), merger.typeOf(row.get("wikidata")));
                }
            }
        }
        return load(merger.tables());
    }

    /**
     * Where imported entries live: the system property {@value #DIRECTORY_PROPERTY}, else the
     * environment variable {@value #DIRECTORY_ENV}, else {@link #DEFAULT_DIRECTORY} (beside the
     * default store).
     */
    public static Path directory() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv(DIRECTORY_ENV);
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT_DIRECTORY;
    }

    /** The bundled entity tables, as rows. */
    static Tables bundledTables() {
        Tables tables = new Tables();
        for (Tables.Table table : Tables.Table.values()) {
            tables.rows(table).addAll(read(table.file));
        }
        return tables;
    }

    private static Gazetteer load(Tables tables) {
        Gazetteer g = new Gazetteer();
        g.loadCountries(tables.rows(Tables.Table.COUNTRIES));
        g.loadOrganizations(tables.rows(Tables.Table.ORGANIZATIONS));
        g.loadPeople(tables.rows(Tables.Table.PEOPLE));
        g.loadPlaces(tables.rows(Tables.Table.PLACES));
        g.loadSeats(read("seats.tsv"));
        g.matcher = new NameMatcher(g.names);
        return g;
    }

    private void loadCountries(List<Map<String, String>> rows) {
        Map<String, String> ambiguousDemonyms = new HashMap<>();
        for (Map<String, String> r : rows) {
            List<String> namesFr = Tables.split(r.get("name_fr"));
            Entity country = add(new Entity(EntityType.COUNTRY, namesFr.get(0), emptyToNull(r.get("name_en")),
                    r.get("wikidata")));
            for (String n : namesFr) {
                names.add(new Name(n, country, Name.Use.NAME, null));
            }
            if (!r.get("article_fr").isEmpty()) { // imported states have no article form
                names.add(new Name(r.get("article_fr"), country, Name.Use.NAME, null));
            }
            for (String d : Tables.split(r.get("demonyms_fr"))) {
                names.add(new Name(d, country, Name.Use.DEMONYM, null));
                String key = TextNorm.normWord(d);
                Entity before = countryByDemonym.putIfAbsent(key, country);
                if (before != null && !before.equals(country)) {
                    ambiguousDemonyms.put(key, d);
                }
            }
            String capitalId = emptyToNull(r.get("capital_wikidata"));
            List<String> capitalNames = Tables.split(r.get("capital_fr"));
            if (country.wikidata().equals(capitalId) || capitalNames.isEmpty()) {
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
            List<String> labels = Tables.split(r.get("labels_fr"));
            Entity org = add(new Entity(EntityType.ORGANIZATION, labels.get(0), emptyToNull(r.get("name_en")),
                    emptyToNull(r.get("wikidata"))));
            for (String l : labels) {
                names.add(new Name(l, org, Name.Use.NAME, null));
            }
            for (String a : Tables.split(r.get("acronyms"))) {
                names.add(new Name(a, org, Name.Use.NAME, null));
            }
            String context = r.get("context_wikidata").isEmpty() ? org.wikidata()
                    : r.get("context_wikidata");
            List<String> ambiguous = Tables.split(r.get("ambiguous_fr"));
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
            List<String> aliases = Tables.split(r.get("aliases_fr"));
            Entity person = add(new Entity(EntityType.PERSON, aliases.get(0), emptyToNull(r.get("name")),
                    emptyToNull(r.get("wikidata"))));
            for (String a : aliases) {
                names.add(new Name(a, person, Name.Use.NAME, null));
            }
            roles.put(person, Tables.split(r.get("roles_fr")));
            Entity country = byWikidata.get(r.get("country_wikidata"));
            if (country != null) {
                countryOf.put(person, country);
            }
        }
    }

    private void loadPlaces(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            List<String> labels = Tables.split(r.get("labels_fr"));
            Entity place = add(new Entity(EntityType.PLACE, labels.get(0), emptyToNull(r.get("name_en")),
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
            for (String l : Tables.split(r.get("labels_fr"))) {
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

    /** Rows of a bundled TSV file as column name to cell; missing trailing cells are empty. */
    static List<Map<String, String>> read(String file) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled gazetteer file " + file);
            }
            return Tables.parse(new InputStreamReader(in, StandardCharsets.UTF_8), file, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
