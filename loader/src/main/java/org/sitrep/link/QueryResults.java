package org.sitrep.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The rows of a query result file as the Wikidata Query Service gives them for download, each
 * cell reduced to its text: an IRI to the IRI, a literal to its lexical form (language tag and
 * datatype dropped). Formats:
 * <ul>
 * <li>{@code json}: SPARQL JSON results ({@code {"head": …, "results": {"bindings": …}}}, read by
 * Jena's {@link ResultSetMgr}), or the service's simple JSON, an array of objects whose values
 * are strings;
 * <li>{@code csv}: SPARQL CSV results (RFC 4180: quoted fields may hold commas, doubled quotes
 * and line breaks), IRIs written in full;
 * <li>{@code tsv}: SPARQL TSV results ({@code <http://…>}, {@code "label"@fr}) or the raw TSV
 * the service also offers (bare values); a leading {@code ?} on a column name is dropped.
 * </ul>
 */
final class QueryResults {

    /**
     * One row: where it is in the file ("line 7", "result 3"), its cells by column, and what is
     * wrong with its shape (null when nothing; then the cells are empty).
     */
    record Row(String where, Map<String, String> cells, String problem) {
        Row(String where, Map<String, String> cells) {
            this(where, cells, null);
        }
    }

    private QueryResults() {
    }

    /**
     * The rows of {@code file} in {@code format} ({@code json}, {@code csv}, {@code tsv}); a null
     * format is taken from the file's extension, else from its first character.
     *
     * @throws IllegalArgumentException when the file is no result set in that format
     */
    static List<Row> read(Path file, String format) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(file, text);
        return switch (chosen) {
            case "json" -> json(text, bytes);
            case "csv" -> csv(text);
            case "tsv" -> tsv(text);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected json, csv or tsv)");
        };
    }

    private static String formatOf(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".srj")) {
            return "json";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return "tsv";
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return "json";
        }
        String header = text.lines().findFirst().orElse("");
        return header.contains("\t") ? "tsv" : "csv";
    }

    /** Checked as JSON by Jena's parser first, so that a syntax error says where it is. */
    private static List<Row> json(String text, byte[] bytes) {
        JsonValue parsed;
        try {
            parsed = JSON.parseAny(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (parsed.isArray()) {
            return simpleJson(parsed.getAsArray());
        }
        if (!parsed.isObject() || !parsed.getAsObject().hasKey("head")) {
            throw new IllegalArgumentException("neither SPARQL JSON results nor a JSON array of results");
        }
        return sparqlJson(bytes);
    }

    private static List<Row> sparqlJson(byte[] bytes) {
        ResultSet results;
        try {
            results = ResultSetMgr.read(new ByteArrayInputStream(bytes), ResultSetLang.RS_JSON);
        } catch (RuntimeException e) { // RiotException, or the JSON parser's own
            throw new IllegalArgumentException("not SPARQL JSON results: " + e.getMessage(), e);
        }
        List<String> vars = results.getResultVars();
        List<Row> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> cells = new LinkedHashMap<>();
            for (String v : vars) {
                RDFNode node = solution.get(v);
                cells.put(v, node == null ? "" : node.isURIResource() ? node.asResource().getURI()
                        : node.isLiteral() ? node.asLiteral().getLexicalForm() : "");
            }
            rows.add(new Row("result " + (rows.size() + 1), cells));
        }
        return rows;
    }

    private static List<Row> simpleJson(JsonArray array) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "result " + (i + 1);
            if (!array.get(i).isObject()) {
                throw new IllegalArgumentException(where + " is not an object");
            }
            JsonObject object = array.get(i).getAsObject();
            Map<String, String> cells = new LinkedHashMap<>();
            for (String key : object.keys()) {
                JsonValue value = object.get(key);
                cells.put(key, value.isString() ? value.getAsString().value()
                        : value.isPrimitive() ? value.toString() : "");
            }
            rows.add(new Row(where, cells));
        }
        return rows;
    }

    /** RFC 4180 CSV: the first record names the columns; each row says the line it starts on. */
    static List<Row> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(record.size() == 1 && record.get(0).isEmpty())) {
                    records.add(record);
                    startLines.add(recordLine);
                }
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is never closed");
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            startLines.add(recordLine);
        }
        return table(records, startLines);
    }

    private static List<Row> tsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> record = new ArrayList<>();
            for (String cell : lines.get(i).split("\t", -1)) {
                record.add(i == 0 ? cell : tsvTerm(cell));
            }
            records.add(record);
            startLines.add(i + 1);
        }
        return table(records, startLines);
    }

    /** A SPARQL TSV term as text: {@code <iri>} to the IRI, a quoted literal unescaped, else as is. */
    private static String tsvTerm(String cell) {
        String c = cell.strip();
        if (c.length() >= 2 && c.startsWith("<") && c.endsWith(">")) {
            return c.substring(1, c.length() - 1);
        }
        if (c.length() >= 2 && c.startsWith("\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (ch == '\\' && i + 1 < c.length()) {
                    char next = c.charAt(++i);
                    out.append(switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> next; // \" \\ \'
                    });
                } else if (ch == '"') {
                    return out.toString(); // what follows is @lang or ^^<datatype>
                } else {
                    out.append(ch);
                }
            }
        }
        return c;
    }

    private static List<Row> table(List<List<String>> records, List<Integer> startLines) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = new ArrayList<>();
        for (String name : records.get(0)) {
            String n = name.strip();
            header.add(n.startsWith("?") || n.startsWith("$") ? n.substring(1) : n);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            String where = "line " + startLines.get(r);
            if (record.size() > header.size()) {
                rows.add(new Row(where, Map.of(), record.size() + " cells for " + header.size() + " columns"));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(new Row(where, cells));
        }
        return rows;
    }
}
