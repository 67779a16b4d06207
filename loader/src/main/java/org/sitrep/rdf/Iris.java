package org.sitrep.rdf;

import java.nio.charset.StandardCharsets;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/** How sitrep names things: the IRI scheme of docs/graph.md, in one place. */
public final class Iris {

    private Iris() {
    }

    public static String article(String articleId) {
        return Vocab.ID + "article/" + encode(articleId);
    }

    public static String span(String articleIri, Span span) {
        return articleIri + "#char=" + span.start() + "," + span.end();
    }

    private static final String ENTITY = Vocab.ID + "entity/";

    /** The IRI of a store-wide entity; anonymous sources are named per article by the mapper. */
    public static String entity(Entity e) {
        if (e.wikidata() != null) {
            return ENTITY + e.wikidata();
        }
        return ENTITY + e.type().name().toLowerCase(java.util.Locale.ROOT) + "/" + slug(e.label());
    }

    /** True for the IRI of a store-wide entity, as {@link #entity} names them. */
    public static boolean isEntity(String iri) {
        return iri.startsWith(ENTITY);
    }

    /** The digest graph, which also names the digest itself (docs/graph.md). */
    public static String digest() {
        return Vocab.ID + "digest";
    }

    public static String outlet(String name) {
        return Vocab.ID + "outlet/" + slug(name);
    }

    /** Lower case, accents folded, anything not a letter or digit as a single '-'. */
    public static String slug(String s) {
        String n = TextNorm.normWord(s);
        StringBuilder out = new StringBuilder(n.length());
        boolean dash = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == '-') {
            out.setLength(len - 1);
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    /** Percent-encodes all but RFC 3986 unreserved characters, so any article id makes a valid IRI. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
