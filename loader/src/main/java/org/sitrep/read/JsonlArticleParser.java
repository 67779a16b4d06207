package org.sitrep.read;

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

    void parse(String content, String where, ArticleSink sink) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String at = where + ":" + (i + 1);
            try {
                JsonObject obj = JSON.parse(line);
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
            }
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
