package org.sitrep.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON Lines: one article per line, {@code {"id", "url", "title", "date", "text"}} (and
 * optionally {@code "outlet"}). A broken line is reported with its line number and the other
 * lines still load.
 */
final class JsonlArticleParser {

    private final TextArticleParser text;

    JsonlArticleParser(TextArticleParser text) {
        this.text = text;
    }

    /**
     * Streams the file line by line, so a large feed never sits in memory whole; each line is
     * decoded on its own, so one badly encoded line costs only itself.
     */
    void parse(Path file, String where, ArticleSink sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int number = 1;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    parseLine(line, tooLong, where + ":" + number, sink);
                    line.reset();
                    tooLong = false;
                    number++;
                } else if (line.size() < ArticleReader.MAX_ARTICLE_BYTES) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            parseLine(line, tooLong, where + ":" + number, sink);
        } catch (IOException e) {
            sink.problem(where, "cannot read: " + e.getMessage());
        }
    }

    private void parseLine(ByteArrayOutputStream bytes, boolean tooLong, String at, ArticleSink sink) {
        if (tooLong) {
            sink.problem(at, "line over the " + ArticleReader.MAX_ARTICLE_BYTES + "-byte limit for one article");
            return;
        }
        if (bytes.size() == 0) {
            return;
        }
        try {
            String line = Decoding.decode(bytes.toByteArray()).strip();
            if (line.isEmpty()) {
                return;
            }
            JsonObject obj = parseObject(line);
            String id = string(obj, "id");
            String body = string(obj, "text");
            if (id == null || id.isBlank()) {
                throw new ArticleFormatException("no \"id\"");
            }
            if (body == null) {
                throw new ArticleFormatException("no \"text\"");
            }
            sink.article(text.build(id, at, string(obj, "url"), string(obj, "outlet"),
                    string(obj, "title"), string(obj, "date"), body));
        } catch (JsonParseException e) {
            sink.problem(at, "not a JSON object: " + firstLine(e.getMessage()));
        } catch (ArticleFormatException e) {
            sink.problem(at, e.getMessage());
        } catch (Decoding.UndecodableException e) {
            sink.problem(at, e.getMessage());
        }
    }

    /**
     * Jena's JSON parser reports most syntax errors as {@link JsonParseException} but a few inputs
     * make it fail in other ways (the fuzz test found a NullPointerException on a truncated
     * token); all of them mean the same thing here: not a JSON object.
     */
    private static JsonObject parseObject(String line) {
        try {
            return JSON.parse(line);
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonParseException("unreadable JSON", -1, -1);
        }
    }

    private static String string(JsonObject obj, String key) {
        JsonValue v = obj.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        throw new ArticleFormatException("\"" + key + "\" is not a string");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
