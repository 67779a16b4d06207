package org.sitrep.annotate;

import java.text.Normalizer;

/**
 * The one normalization every lexicon lookup uses: lower case, accents folded, typographic
 * apostrophes and dashes unified. It keeps the length of plain letters so that it can be
 * applied token by token.
 */
public final class TextNorm {

    private TextNorm() {
    }

    public static String norm(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(fold(c));
        }
        return out.toString();
    }

    /** Folds one character: case, accent, apostrophe and dash variants. */
    public static char fold(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u00B4', '`':
                return '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013':
                return '-';
            case '\u00A0', '\u202F', '\u2009':
                return ' ';
            case '\u0153':
                return 'o'; // œ: "manoeuvre" and "manœuvre" must meet; see normWord for the pair
            case '\u0152':
                return 'o';
            case '\u00E6', '\u00C6':
                return 'a';
            default:
                break;
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(d.charAt(0));
    }

    /**
     * Normalizes a whole word or phrase the way a French reader would compare them, including
     * ligatures spelled out ("œ" as "oe").
     */
    public static String normWord(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0153' || c == '\u0152') {
                out.append("oe");
            } else if (c == '\u00E6' || c == '\u00C6') {
                out.append("ae");
            } else {
                out.append(fold(c));
            }
        }
        return out.toString();
    }
}
