package org.sitrep.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.EntityType;

/**
 * The gazetteer's entity tables as rows of cells, before they become entities: the bundled
 * files, the files {@code sitrep gazetteer import} writes into a user directory (same names,
 * same columns), and the merge of the second into the first. Rows are column name to cell;
 * multi-valued cells are {@code |}-separated, preferred form first.
 */
final class Tables {

    /** One table: its file, the entity type of its rows and the columns the merge handles. */
    enum Table {
        COUNTRIES("countries.tsv", EntityType.COUNTRY, "name_fr", "name_en", List.of("demonyms_fr"),
                List.of("iso2", "capital_fr", "capital_wikidata"),
                "wikidata", "iso2", "name_en", "name_fr", "article_fr", "demonyms_fr", "capital_fr",
                "capital_wikidata", "source"),
        ORGANIZATIONS("organizations.tsv", EntityType.ORGANIZATION, "labels_fr", "name_en", List.of("acronyms"),
                List.of(), "wikidata", "name_en", "labels_fr", "acronyms", "type", "ambiguous_fr",
                "context_wikidata", "source"),
        PEOPLE("people.tsv", EntityType.PERSON, "aliases_fr", "name", List.of("roles_fr"),
                List.of("country_wikidata"), "wikidata", "name", "aliases_fr", "roles_fr", "country_wikidata",
                "source"),
        PLACES("places.tsv", EntityType.PLACE, "labels_fr", "name_en", List.of(), List.of("country_wikidata"),
                "wikidata", "name_en", "labels_fr", "type", "country_wikidata", "source");

        final String file;
        final EntityType type;
        /** The French names, label first. */
        final String labels;
        /** The English label (a single value). */
        final String english;
        /** Other multi-valued cells an import extends (roles, acronyms, demonyms). */
        final List<String> extendable;
        /** Single cells an import fills when they are empty. */
        final List<String> fillable;
        final List<String> header;

        Table(String file, EntityType type, String labels, String english, List<String> extendable,
                List<String> fillable, String... header) {
            this.file = file;
            this.type = type;
            this.labels = labels;
            this.english = english;
            this.extendable = extendable;
            this.fillable = fillable;
            this.header = List.of(header);
        }

        /** A row with every column of this table, empty. */
        Map<String, String> emptyRow() {
            Map<String, String> row = new LinkedHashMap<>();
            header.forEach(column -> row.put(column, ""));
            return row;
        }

        static Table of(EntityType type) {
            for (Table t : values()) {
                if (t.type == type) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no gazetteer table for " + type);
        }
    }

    private final Map<Table, List<Map<String, String>>> rows = new EnumMap<>(Table.class);

    Tables() {
        for (Table t : Table.values()) {
            rows.put(t, new ArrayList<>());
        }
    }

    List<Map<String, String>> rows(Table table) {
        return rows.get(table);
    }

    boolean isEmpty() {
        return rows.values().stream().allMatch(List::isEmpty);
    }

    /** The tables of a directory written by {@link #write}; missing files are empty tables. */
    static Tables readDirectory(Path dir) {
        Tables tables = new Tables();
        for (Table t : Table.values()) {
            Path file = dir.resolve(t.file);
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    tables.rows.get(t).addAll(parse(in, file.toString(), t.header));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read gazetteer file " + file, e);
                }
            }
        }
        return tables;
    }

    /** Writes every table into {@code dir}, each file replaced at once (never half written). */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Table t : Table.values()) {
            if (rows.get(t).isEmpty()) {
                continue;
            }
            Path target = dir.resolve(t.file);
            Path temp = Files.createTempFile(dir, t.file, ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(String.join("\t", t.header) + "\n");
                for (Map<String, String> row : rows.get(t)) {
                    List<String> cells = new ArrayList<>();
                    for (String column : t.header) {
                        cells.add(row.getOrDefault(column, ""));
                    }
                    out.write(String.join("\t", cells) + "\n");
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Rows of a TSV text as column name to cell; missing trailing cells are empty, and columns
     * of {@code required} that the header lacks are empty too.
     */
    static List<Map<String, String>> parse(Reader reader, String where, List<String> required) {
        try {
            BufferedReader in = new BufferedReader(reader);
            String first = in.readLine();
            if (first == null) {
                return List.of();
            }
            String[] header = first.split("\t", -1);
            List<Map<String, String>> out = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length > header.length) {
                    throw new IllegalStateException(where + ": too many cells in " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                required.forEach(column -> row.put(column, ""));
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- merging imported rows into the bundled ones -------------------------------------

    /** Where an id lives: a row of a table, whose names are in {@code labels}. */
    private record Target(Table table, Map<String, String> row, String labels) {
    }

    /** What {@link Merger#merge} did with one imported row. */
    enum Outcome {
        /** A new entity. */
        ADDED,
        /** An entity already known gained names, roles or cells. */
        EXTENDED,
        /** An entity already known, and nothing new about it. */
        UNCHANGED,
        /** The id belongs to an entity of another type: the row was left out. */
        CONFLICT
    }

    /**
     * Merges rows into a copy of base tables: an id already present extends that row (names,
     * roles, acronyms and demonyms appended; empty single cells filled; the preferred label
     * kept); an id new to the tables but written like an unlinked row of the same table (same
     * French or English label) gives that row its id; anything else is a new row. So an import
     * never duplicates an entity and importing the same rows again changes nothing.
     */
    static final class Merger {
        private final Tables merged = new Tables();
        private final Map<String, Target> byId = new HashMap<>();
        private final Map<Table, Map<String, Map<String, String>>> unlinkedByName = new EnumMap<>(Table.class);

        Merger(Tables base) {
            for (Table t : Table.values()) {
                unlinkedByName.put(t, new HashMap<>());
                for (Map<String, String> row : base.rows(t)) {
                    Map<String, String> copy = new LinkedHashMap<>(row);
                    merged.rows(t).add(copy);
                    index(t, copy);
                }
            }
        }

        /** The tables with every merge so far. */
        Tables tables() {
            return merged;
        }

        /** The type of the entity with this id so far, or null. */
        EntityType typeOf(String id) {
            Target target = byId.get(id);
            return target == null ? null : target.labels.equals("capital_fr") ? EntityType.PLACE : target.table.type;
        }

        Outcome merge(Table table, Map<String, String> imported) {
            String id = imported.get("wikidata");
            Target target = byId.get(id);
            if (target == null) {
                Map<String, String> unlinked = unlinkedNamed(table, imported);
                if (unlinked != null) {
                    unlinked.put("wikidata", id);
                    unlinkedByName.get(table).values().removeIf(row -> row == unlinked);
                    index(table, unlinked);
                    extend(table, unlinked, table.labels, imported);
                    return Outcome.EXTENDED;
                }
                Map<String, String> row = table.emptyRow();
                row.putAll(imported);
                if (table == Table.COUNTRIES && byId.containsKey(row.get("capital_wikidata"))) {
                    row.put("capital_fr", ""); // the capital is already an entity of its own
                    row.put("capital_wikidata", "");
                }
                merged.rows(table).add(row);
                index(table, row);
                return Outcome.ADDED;
            }
            boolean sameKind = target.table == table && !target.labels.equals("capital_fr")
                    || table == Table.PLACES && target.labels.equals("capital_fr");
            if (!sameKind) {
                return Outcome.CONFLICT;
            }
            return extend(table, target.row, target.labels, imported) ? Outcome.EXTENDED : Outcome.UNCHANGED;
        }

        /** Adds what {@code imported} knows and {@code row} does not; true when anything was added. */
        private static boolean extend(Table table, Map<String, String> row, String labelsColumn,
                Map<String, String> imported) {
            Map<String, String> before = new LinkedHashMap<>(row);
            List<String> names = new ArrayList<>(split(imported.get(table.labels)));
            if (labelsColumn.equals("capital_fr")) {
                row.put(labelsColumn, join(row.get(labelsColumn), names));
                return !before.equals(row);
            }
            row.put(labelsColumn, join(row.get(labelsColumn), names));
            for (String column : table.extendable) {
                row.put(column, join(row.getOrDefault(column, ""), split(imported.get(column))));
            }
            List<String> singles = new ArrayList<>(table.fillable);
            singles.add(table.english);
            for (String column : singles) {
                String value = imported.getOrDefault(column, "");
                if (row.getOrDefault(column, "").isEmpty() && !value.isEmpty()) {
                    row.put(column, value);
                }
            }
            return !before.equals(row);
        }

        private Map<String, String> unlinkedNamed(Table table, Map<String, String> imported) {
            Map<String, Map<String, String>> unlinked = unlinkedByName.get(table);
            for (String name : List.of(first(imported.get(table.labels)), imported.getOrDefault(table.english, ""))) {
                Map<String, String> row = name.isEmpty() ? null : unlinked.get(TextNorm.normWord(name));
                if (row != null) {
                    return row;
                }
            }
            return null;
        }

        private void index(Table table, Map<String, String> row) {
            String id = row.getOrDefault("wikidata", "");
            if (id.isEmpty()) {
                for (String name : List.of(first(row.get(table.labels)), row.getOrDefault(table.english, ""))) {
                    if (!name.isEmpty()) {
                        unlinkedByName.get(table).putIfAbsent(TextNorm.normWord(name), row);
                    }
                }
                return;
            }
            byId.putIfAbsent(id, new Target(table, row, table.labels));
            String capital = row.getOrDefault("capital_wikidata", "");
            if (table == Table.COUNTRIES && !capital.isEmpty() && !capital.equals(id)) {
                byId.putIfAbsent(capital, new Target(table, row, "capital_fr"));
            }
        }
    }

    static List<String> split(String cell) {
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

    private static String first(String cell) {
        List<String> values = split(cell);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The values of {@code cell} followed by those of {@code more} it lacks, {@code |}-joined. */
    static String join(String cell, List<String> more) {
        List<String> values = split(cell);
        for (String v : more) {
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        return String.join("|", values);
    }
}
