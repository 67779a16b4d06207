package org.sitrep.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Span;

/**
 * Page furniture in plain text: the lines a scraper leaves around an article (addresses, image
 * links, timestamps, tag lists, "A lire" links to other articles, share and comment prompts,
 * contact lines, repeated headlines). Each rule is about the shape of a line, not about a site.
 */
final class Furniture {

    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    /** Prompts and links that never carry article text, matched at the start of a line. */
    private static final Pattern PROMPT = Pattern.compile(
            "^(a lire|lire aussi|lire egalement|voir aussi|a voir aussi|a decouvrir|sur le meme sujet|"
                    + "laisser un commentaire|laissez un commentaire|commentaires?|partager|partagez|"
                    + "abonnez-vous|s'abonner|newsletter|publicite|credit photo|credits? ?:|photo ?:|"
                    + "tags? ?:|mots-cles ?:|themes? ?:|source ?:|par la redaction|lire la suite|"
                    + "en savoir plus|suivez-nous|related|read more)\\b.*");
    /** Lines made only of numbers, codes and timestamps ("1920 1080 true", "2022", "fr_FR"). */
    private static final Pattern CODES = Pattern.compile(
            "^[\\d\\s:.,/+\\-TZ]*$|^(\\d+\\s+)+(true|false)$|^[a-z]{2}_[A-Z]{2}$|^/\\S*$|^\\S*/@\\S*.*$");

    private Furniture() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int pos = 0;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, end).strip();
            if (!line.isEmpty()) {
                String key = TextNorm.normWord(line);
                if (isFurniture(line, key) || !seen.add(key)) {
                    spans.add(new Span(pos, end));
                }
            }
            if (eol < 0) {
                break;
            }
            pos = eol + 1;
        }
        return spans;
    }

    static boolean covers(List<Span> furniture, int offset) {
        for (Span s : furniture) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    static String firstUrl(String text) {
        Matcher m = URL.matcher(text);
        return m.find() && m.group().startsWith("http") ? m.group() : null;
    }

    private static boolean isFurniture(String line, String norm) {
        if (PROMPT.matcher(norm).matches() || CODES.matcher(line).matches()) {
            return true;
        }
        if (URL.matcher(line).find() || EMAIL.matcher(line).find()) {
            return true;
        }
        return isTagList(line);
    }

    /**
     * A tag list: lower-case keywords, alone or separated by commas, with no sentence punctuation
     * ("états-unis", "ukraine, otan, défense"). Article sentences start with a capital or a quote.
     */
    private static boolean isTagList(String line) {
        if (!Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        if (line.endsWith(".") || line.endsWith("!") || line.endsWith("?") || line.endsWith(":")) {
            return false;
        }
        for (String part : line.split(",")) {
            if (part.strip().split("\\s+").length > 4) {
                return false;
            }
        }
        return true;
    }
}
