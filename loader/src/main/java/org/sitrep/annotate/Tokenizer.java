package org.sitrep.annotate;

import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * French word tokenizer. Words keep inner hyphens ("Maison-Blanche", "a-t-il", "F-18");
 * elided articles and pronouns end at their apostrophe ("l'", "qu'", "jusqu'") so that the
 * word after them stands alone ("l'OTAN" gives "l'" and "OTAN"). Digits form NUMBER tokens
 * with inner decimal commas or dots ("1,5", "2.000"); separated thousands ("100 000") stay
 * separate tokens and are joined by the number parser, which knows when that is right.
 */
final class Tokenizer {

    void tokenize(Document doc) {
        String text = doc.text();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < n
                            && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                add(doc, text, i, j, Token.Kind.NUMBER);
                i = j;
            } else if (Character.isLetter(c)) {
                int j = wordEnd(text, i);
                add(doc, text, i, j, Token.Kind.WORD);
                i = j;
            } else {
                add(doc, text, i, i + 1, Token.Kind.PUNCT);
                i++;
            }
        }
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int j = start + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if (isApostrophe(c)) {
                // Elision: the apostrophe closes the word ("l'", "d'", "aujourd'hui" aside).
                if (j + 1 < n && Character.isLetter(text.charAt(j + 1))
                        && text.regionMatches(true, start, "aujourd", 0, j - start)) {
                    j++;
                    continue;
                }
                return j + 1;
            } else if (isHyphen(c) && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static void add(Document doc, String text, int start, int end, Token.Kind kind) {
        String surface = text.substring(start, end);
        doc.addToken(new Token(new Span(start, end), surface, TextNorm.normWord(surface), kind));
    }
}
