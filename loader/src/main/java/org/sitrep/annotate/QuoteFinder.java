package org.sitrep.annotate;

import org.sitrep.model.Document;
import org.sitrep.model.Span;

/**
 * Quoted passages: « … », “ … ” and straight " … " pairs. A quote never crosses a line break,
 * so that one unbalanced mark cannot swallow the rest of an article; straight quotes pair up in
 * order within their line. The recorded span
 * excludes the marks and the spaces just inside them.
 */
final class QuoteFinder {

    void find(Document doc) {
        String text = doc.text();
        int n = text.length();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '«') {
                    open = i + 1;
                    closer = '»';
                } else if (c == '\u201C') {
                    open = i + 1;
                    closer = '\u201D';
                } else if (c == '"') {
                    open = i + 1;
                    closer = '"';
                }
            } else if (c == closer) {
                add(doc, text, open, i);
                open = -1;
            }
        }
    }

    private static void add(Document doc, String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            doc.addQuote(new Span(start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
