package org.sitrep.extract;

import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The document's layers indexed by token: which quote and which mention each token belongs
 * to. Statement extraction walks tokens and asks these questions constantly.
 */
final class TokenView {

    final Document doc;
    final List<Token> tokens;
    private final int[] quoteOf;
    private final Mention[] mentionOf;
    private final List<Span> quotes;

    TokenView(Document doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.quotes = doc.quotes();
        int n = tokens.size();
        quoteOf = new int[n];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            Span s = quotes.get(q);
            for (int t = firstAtOrAfter(s.start()); t < n && tokens.get(t).start() < s.end(); t++) {
                quoteOf[t] = q;
            }
        }
        mentionOf = new Mention[n];
        for (Mention m : doc.mentions()) {
            for (int t = firstAtOrAfter(m.span().start());
                    t < n && tokens.get(t).start() < m.span().end(); t++) {
                // a name wins over a demonym inside it ("le gouvernement ukrainien" as metonym)
                if (mentionOf[t] == null || mentionOf[t].kind() == Mention.Kind.DEMONYM
                        || mentionOf[t].span().length() < m.span().length()) {
                    mentionOf[t] = m;
                }
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String norm(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }

    /** Index of the first token starting at or after the offset. */
    int firstAtOrAfter(int offset) {
        return doc.tokenAtOrAfter(offset);
    }

    /** The quote the token lies in (marks excluded), or -1 (also past either end). */
    int quoteOf(int i) {
        return i >= 0 && i < quoteOf.length ? quoteOf[i] : -1;
    }

    Span quote(int q) {
        return quotes.get(q);
    }

    Mention mentionOf(int i) {
        return i >= 0 && i < mentionOf.length ? mentionOf[i] : null;
    }

    /** True when the token is one of these marks; false past either end. */
    boolean isPunct(int i, String chars) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.PUNCT && chars.indexOf(t.text().charAt(0)) >= 0;
    }

    static final String OPENING_QUOTES = "«\u201C\"";
    static final String CLOSING_QUOTES = "»\u201D\"";

    /** An opening quotation mark: the quote it opens starts right after it. */
    boolean opensQuote(int i) {
        return i >= 0 && i + 1 < tokens.size() && isPunct(i, OPENING_QUOTES) && quoteOf[i] < 0
                && quoteOf[i + 1] >= 0
                && (i == 0 || quoteOf[i - 1] != quoteOf[i + 1]);
    }

    /** A closing quotation mark: the quote it closes ends right before it. */
    boolean closesQuote(int i) {
        return i > 0 && i < tokens.size() && isPunct(i, CLOSING_QUOTES) && quoteOf[i] < 0
                && quoteOf[i - 1] >= 0;
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD;
    }

    /** The text from the start of token a to the end of token b (inclusive). */
    Span span(int a, int b) {
        return new Span(tokens.get(a).start(), tokens.get(b).end());
    }

    String text(int a, int b) {
        return doc.text(span(a, b));
    }
}
