package org.sitrep.link;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.EntityType;

/**
 * Grows the gazetteer with the result of a Wikidata Query Service query, without code: the rows
 * of a result file (formats in {@link QueryResults}) become entries of the user gazetteer
 * directory ({@link Gazetteer#directory()}), which {@link Gazetteer#standard()} adds to the
 * bundled tables on the next load.
 *
 * <p>Columns are those the queries in {@code queries/wikidata/} project. The id column says the
 * entity type: {@code person} (a person), {@code state} (a country), {@code org} (an
 * organization), {@code place} (a place); with an explicit type the id may also be in
 * {@code item}. Names come from {@code nameFr} (or {@code label}, {@code labelFr},
 * {@code <id>Label}), {@code nameEn}, {@code aliasesFr} ({@code |}-separated, or
 * {@code <id>AltLabel}, comma-separated as the label service writes it); people take their roles
 * from {@code officeFr} and their state from {@code country}; states their demonyms
 * ({@code demonymsFr}), ISO code and capital ({@code capital}, {@code capitalFr});
 * organizations their short names ({@code shortNames}).
 *
 * <p>Every row is checked: the id must be a Wikidata item ({@code Q} and digits, after the
 * entity IRI prefix is removed) and some label must be non-empty; a bad row is reported with its
 * file and line and skipped. Rows of one id are merged (one per office in {@code people.rq});
 * an id already known, bundled or imported before, extends that entity's names and never
 * duplicates it, so importing the same file twice changes nothing.
 */
public final class GazetteerImport {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ENTITY_IRI = Pattern.compile("^https?://www\\.wikidata\\.org/entity/");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** The id column of each entity type, as the queries of {@code queries/wikidata/} name it. */
    private static final Map<EntityType, String> ID_COLUMNS = Map.of(EntityType.PERSON, "person",
            EntityType.COUNTRY, "state", EntityType.ORGANIZATION, "org", EntityType.PLACE, "place");

    private final Path directory;

    public GazetteerImport(Path directory) {
        this.directory = directory;
    }

    /**
     * What one import did.
     *
     * @param imported  entities new to the gazetteer
     * @param updated   entities already known (bundled or imported before) that gained names,
     *                  roles or an id
     * @param unchanged entities already known with nothing new
     * @param skipped   rows left out, each with its reason in {@code problems}
     * @param problems  "file: line N: reason" for every skipped row
     */
    public record Summary(int imported, int updated, int unchanged, int skipped, List<String> problems) {
    }

    /**
     * The entity type a {@code --type} value names: {@code person}, {@code state} (or
     * {@code country}), {@code org} (or {@code organization}), {@code place}.
     */
    public static EntityType typeNamed(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "person" -> EntityType.PERSON;
            case "state", "country" -> EntityType.COUNTRY;
            case "org", "organization" -> EntityType.ORGANIZATION;
            case "place" -> EntityType.PLACE;
            default -> throw new IllegalArgumentException("unknown type '" + name
                    + "' (expected person, state, org or place)");
        };
    }

    /**
     * Imports one result file into the directory.
     *
     * @param format json, csv or tsv; null to go by the file's extension
     * @param type   the entity type of every row; null to go by the id column
     * @throws IllegalArgumentException when the file is no result set or has no id column
     */
    public Summary importFile(Path file, String format, EntityType type) throws IOException {
        String name = file.getFileName().toString();
        List<QueryResults.Row> rows = QueryResults.read(file, format);
        if (rows.isEmpty()) {
            return new Summary(0, 0, 0, 0, List.of());
        }
        String idColumn = idColumn(rows.get(0).cells().keySet().stream().toList(), type, name);
        EntityType kind = type != null ? type : ID_COLUMNS.entrySet().stream()
                .filter(e -> e.getValue().equals(idColumn)).findFirst().orElseThrow().getKey();
        Tables.Table table = Tables.Table.of(kind);
        String source = "imported from " + name + ", " + LocalDate.now(ZoneOffset.UTC);

        // rows of one id first merged together (people.rq gives one row per office)
        List<String> problems = new ArrayList<>();
        Tables.Merger fromFile = new Tables.Merger(new Tables());
        for (QueryResults.Row row : rows) {
            String problem = row.problem();
            Map<String, String> entry = null;
            if (problem == null) {
                entry = entry(table, row.cells(), idColumn);
                problem = entry.containsKey("problem") ? entry.get("problem") : null;
            }
            if (problem != null) {
                problems.add(name + ": " + row.where() + ": " + problem);
                continue;
            }
            entry.put("source", source);
            fromFile.merge(table, entry);
        }

        Tables stored = Tables.readDirectory(directory);
        Tables.Merger known = new Tables.Merger(withBundled(stored));
        Tables.Merger user = new Tables.Merger(stored);
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map<String, String> entry : fromFile.tables().rows(table)) {
            String id = entry.get("wikidata");
            EntityType before = known.typeOf(id);
            switch (known.merge(table, entry)) {
                case ADDED -> imported++;
                case EXTENDED -> updated++;
                case UNCHANGED -> unchanged++;
                case CONFLICT -> {
                    problems.add(name + ": " + id + " is a " + label(before) + " in the gazetteer, not a "
                            + label(kind) + "; skipped");
                    continue;
                }
            }
            user.merge(table, entry);
        }
        user.tables().write(directory);
        return new Summary(imported, updated, unchanged, problems.size(), List.copyOf(problems));
    }

    private static Tables withBundled(Tables stored) {
        Tables.Merger merger = new Tables.Merger(Gazetteer.bundledTables());
        for (Tables.Table t : Tables.Table.values()) {
            stored.rows(t).forEach(row -> merger.merge(t, row));
        }
        return merger.tables();
    }

    private static String idColumn(List<String> columns, EntityType type, String file) {
        if (type != null) {
            for (String candidate : List.of(ID_COLUMNS.get(type), "item")) {
                if (columns.contains(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException(file + ": no column '" + ID_COLUMNS.get(type) + "' or 'item' among "
                    + columns);
        }
        for (String candidate : List.of("person", "state", "org", "place")) {
            if (columns.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(file + ": no id column (person, state, org or place) among " + columns
                + "; name the type with --type and the column 'item'");
    }

    /** A table row from a result row, or a map holding only "problem" when the row is bad. */
    private static Map<String, String> entry(Tables.Table table, Map<String, String> cells, String idColumn) {
        String rawId = cells.getOrDefault(idColumn, "").strip();
        String id = ENTITY_IRI.matcher(rawId).replaceFirst("");
        if (!QID.matcher(id).matches()) {
            return Map.of("problem", rawId.isEmpty() ? "no Wikidata id in column " + idColumn
                    : "'" + rawId + "' is not a Wikidata item id");
        }
        String french = first(cells, "nameFr", "label", "labelFr", idColumn + "Label");
        String english = first(cells, "nameEn", "labelEn");
        List<String> names = new ArrayList<>();
        addAll(names, french, "\\|");
        if (names.isEmpty()) {
            addAll(names, english, "\\|");
        }
        if (names.isEmpty()) {
            return Map.of("problem", id + " has no French or English label");
        }
        addAll(names, cells.get("aliasesFr"), "\\|");
        addAll(names, cells.get(idColumn + "AltLabel"), ",");
        if (table == Tables.Table.PEOPLE) {
            addAll(names, english, "\\|"); // the press also writes people's names in English
        }
        Map<String, String> row = table.emptyRow();
        row.put("wikidata", id);
        row.put(table.labels, String.join("|", names));
        row.put(table.english, clean(english));
        switch (table) {
            case PEOPLE -> {
                List<String> roles = new ArrayList<>();
                addAll(roles, cells.get("officeFr"), "\\|");
                addAll(roles, cells.get("rolesFr"), "\\|");
                row.put("roles_fr", String.join("|", roles));
                row.put("country_wikidata", itemOrEmpty(cells.get("country")));
            }
            case COUNTRIES -> {
                List<String> demonyms = new ArrayList<>();
                addAll(demonyms, cells.get("demonymsFr"), "\\|");
                row.put("demonyms_fr", String.join("|", demonyms));
                row.put("iso2", clean(cells.get("iso2")));
                String capital = itemOrEmpty(cells.get("capital"));
                String capitalName = clean(cells.get("capitalFr"));
                if (!capital.isEmpty() && !capitalName.isEmpty() && !capital.equals(id)) {
                    row.put("capital_wikidata", capital);
                    row.put("capital_fr", capitalName);
                }
            }
            case ORGANIZATIONS -> {
                List<String> acronyms = new ArrayList<>();
                addAll(acronyms, cells.get("shortNames"), "\\|");
                row.put("acronyms", String.join("|", acronyms));
            }
            case PLACES -> row.put("country_wikidata", itemOrEmpty(cells.get("country")));
        }
        return row;
    }

    private static String first(Map<String, String> cells, String... columns) {
        for (String c : columns) {
            String v = clean(cells.get(c));
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** Appends the values of {@code cell}, split at {@code separator}, that {@code out} lacks. */
    private static void addAll(List<String> out, String cell, String separator) {
        if (cell == null) {
            return;
        }
        for (String v : cell.split(separator)) {
            String c = clean(v);
            if (!c.isEmpty() && !out.contains(c)) {
                out.add(c);
            }
        }
    }

    /** One line of text: tabs and line breaks (which the TSV tables cannot hold) become spaces. */
    private static String clean(String value) {
        return value == null ? "" : BLANKS.matcher(value.replace('|', ' ')).replaceAll(" ").strip();
    }

    private static String itemOrEmpty(String value) {
        String id = value == null ? "" : ENTITY_IRI.matcher(value.strip()).replaceFirst("");
        return QID.matcher(id).matches() ? id : "";
    }

    private static String label(EntityType type) {
        return type == null ? "?" : type.name().toLowerCase(Locale.ROOT);
    }
}
