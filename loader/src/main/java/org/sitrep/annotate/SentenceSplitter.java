package org.sitrep.annotate;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Sentence boundaries: a line break always ends a sentence; so does ". ! ? …" followed by a
 * capital, a digit or an opening quote, except after abbreviations and initials ("M. Kirby",
 * "Charles Q. Brown"). Scraped text often glues sentences ("Kirby.Depuis"); a full stop between
 * a lower-case word and a capital ends a sentence too.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "gen", "col", "cdt",
            "lt", "sgt", "cf", "etc", "env", "av", "apr", "j.-c", "no", "vol", "p");

    void split(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        int sentenceStart = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            if (sentenceStart < 0) {
                int body = afterDateline(tokens, t, text);
                if (body > t) {
                    t = body; // the dateline ("VILNIUS —") belongs to no sentence
                    tok = tokens.get(t);
                }
                sentenceStart = tok.start();
            }
            boolean end = false;
            if (t + 1 == tokens.size()) {
                end = true;
            } else {
                Token next = tokens.get(t + 1);
                if (hasLineBreak(text, tok.end(), next.start())) {
                    end = true;
                } else if (isTerminal(tok) && startsSentence(next, text)) {
                    end = !isAbbreviation(tokens, t) || next.text().equals("«");
                    if (end && next.start() == tok.end()) {
                        // glued: only between a real word and a capitalized word
                        end = t > 0 && tokens.get(t - 1).kind() == Token.Kind.WORD
                                && tokens.get(t - 1).text().length() > 1
                                && Character.isLowerCase(tokens.get(t - 1).text().charAt(
                                        tokens.get(t - 1).text().length() - 1))
                                && next.isCapitalized();
                    }
                }
            }
            if (end) {
                int stop = tok.end();
                // keep a closing quote or bracket that follows the terminal mark in the sentence
                doc.addSentence(new Span(sentenceStart, stop));
                sentenceStart = -1;
            }
        }
    }

    /**
     * A wire-copy dateline at the start of a line: capitalized place names, optionally a
     * bracketed source, then a dash or a bar ("VILNIUS —", "BERLIN / PARIS —", "NIAMEY (AFP) —",
     * "RIGA |"). Returns the first token after it, or {@code start} when there is none.
     */
    private static int afterDateline(List<Token> tokens, int start, String text) {
        if (start > 0 && !hasLineBreak(text, tokens.get(start - 1).end(), tokens.get(start).start())) {
            return start;
        }
        boolean place = false;
        int depth = 0;
        for (int k = start; k < tokens.size() && k < start + 10; k++) {
            Token t = tokens.get(k);
            String w = t.text();
            if (depth > 0) {
                depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            } else if (t.kind() == Token.Kind.WORD && w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                place = true;
            } else if (w.equals("(")) {
                depth = 1;
            } else if (w.equals("/")) {
                continue;
            } else if (place && (w.equals("\u2014") || w.equals("\u2013") || w.equals("|") || w.equals("-"))
                    && k + 1 < tokens.size() && !hasLineBreak(text, t.end(), tokens.get(k + 1).start())) {
                return k + 1;
            } else {
                return start;
            }
        }
        return start;
    }

    private static boolean isTerminal(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean startsSentence(Token next, String text) {
        if (next.kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (next.kind() == Token.Kind.WORD) {
            return next.isCapitalized();
        }
        char c = next.text().charAt(0);
        return c == '«' || c == '"' || c == '\u201C' || c == '(' || c == '-' || c == '\u2014';
    }

    private static boolean isAbbreviation(List<Token> tokens, int dot) {
        if (dot == 0 || tokens.get(dot).text().charAt(0) != '.') {
            return false;
        }
        Token prev = tokens.get(dot - 1);
        if (prev.kind() != Token.Kind.WORD || prev.end() != tokens.get(dot).start()) {
            return false;
        }
        // an initial: one capital letter ("Q.")
        if (prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(prev.norm());
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }
}
