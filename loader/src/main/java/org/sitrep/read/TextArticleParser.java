package org.sitrep.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Plain-text articles. Leading header lines ({@code source:}/{@code url:}, {@code outlet:},
 * {@code published:}/{@code date:}, {@code title:}) up to the first blank line become article
 * fields, as do the shapes scraped text comes in: a bare URL on the first line, a leading
 * "date 2024-06" prefix, a timestamp line. The body keeps everything else; lines of page
 * furniture inside it are marked by {@link Furniture}, not cut, so offsets stay those of the text.
 */
final class TextArticleParser {

    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(source|url|lien|outlet|media|média|publisher|published|date|title|titre|"
                    + "author|auteur|lang|language)\\s*:\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("^\\s*(https?://\\S+)\\s*$");
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^\\s*date\\s*:?\\s*(\\d{4}-\\d{2}(?:-\\d{2})?)\\b\\s*", Pattern.CASE_INSENSITIVE);

    Article parse(String id, String where, String content) {
        Fields f = new Fields();
        int bodyStart = readHeader(content, f);
        String body = content.substring(bodyStart);
        Matcher datePrefix = DATE_PREFIX.matcher(body);
        if (datePrefix.find()) {
            f.published = f.published != null ? f.published : datePrefix.group(1);
            body = body.substring(datePrefix.end());
        }
        return build(id, where, f.url, f.outlet, f.title, f.published, body);
    }

    /** Builds an article from a body and whatever fields are known, filling the rest from the body. */
    Article build(String id, String where, String url, String outlet, String title, String published,
                  String body) {
        String text = trimEnd(body);
        if (text.isBlank()) {
            throw new ArticleFormatException("empty article: no body text");
        }
        List<Span> furniture = Furniture.find(text);
        if (published == null) {
            published = Dates.firstTimestamp(text, furniture);
        }
        if (title == null) {
            title = leadingTitle(text, furniture);
        }
        if (url == null) {
            url = Furniture.firstUrl(text);
        }
        return new Article(id, where, url, outlet, title, Dates.normalize(published), text, furniture);
    }

    private static int readHeader(String content, Fields f) {
        int pos = 0;
        boolean sawHeader = false;
        while (pos < content.length()) {
            int eol = content.indexOf('\n', pos);
            int next = eol < 0 ? content.length() : eol + 1;
            String line = content.substring(pos, eol < 0 ? content.length() : eol);
            if (line.isBlank()) {
                if (sawHeader) {
                    return next; // the blank line that closes the header
                }
                pos = next;
                continue;
            }
            Matcher h = HEADER.matcher(line);
            Matcher u = BARE_URL.matcher(line);
            if (h.matches() && !h.group(2).isEmpty()) {
                f.set(h.group(1).toLowerCase(Locale.ROOT), h.group(2));
            } else if (u.matches() && f.url == null) {
                f.url = u.group(1);
            } else {
                return sawHeader ? pos : skipLeadingBlank(content);
            }
            sawHeader = true;
            pos = next;
        }
        return pos;
    }

    private static int skipLeadingBlank(String content) {
        int i = 0;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        // keep the start of the first line that has text
        int lineStart = content.lastIndexOf('\n', Math.max(0, i - 1));
        return lineStart < 0 || lineStart >= i ? 0 : lineStart + 1;
    }

    /** The first line, when it reads like a headline: short and without a closing full stop. */
    private static String leadingTitle(String text, List<Span> furniture) {
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, end).strip();
            if (!line.isEmpty() && !Furniture.covers(furniture, pos)) {
                boolean headline = line.length() <= 200 && !line.endsWith(".")
                        && (eol < 0 || eol + 1 >= text.length() || text.charAt(eol + 1) == '\n');
                return headline ? line : null;
            }
            pos = end + 1;
        }
        return null;
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static final class Fields {
        String url;
        String outlet;
        String title;
        String published;

        void set(String key, String value) {
            switch (key) {
                case "source", "url", "lien" -> url = value;
                case "outlet", "media", "média", "publisher" -> outlet = value;
                case "published", "date" -> published = value;
                case "title", "titre" -> title = value;
                default -> {
                    // author and language are read so they do not end up in the body
                }
            }
        }
    }
}
