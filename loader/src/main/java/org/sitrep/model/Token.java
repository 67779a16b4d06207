package org.sitrep.model;

/**
 * A word, number or punctuation mark.
 *
 * @param span  where it stands
 * @param text  the token as written
 * @param norm  lower-cased, accents folded, apostrophes unified: what lexicons match against
 * @param kind  what sort of token it is
 */
public record Token(Span span, String text, String norm, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
