package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotator;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Token;

/**
 * Finds every gazetteer form in a document in one pass: a trie keyed on normalized word parts
 * (token norms split at hyphens, so "Maison-Blanche" and "Maison Blanche", "États-Unis" and
 * "Etats Unis" meet), walked from each token; the longest form wins.
 *
 * <p>Normalization folds case and accents, so the casing of the gazetteer form is checked
 * separately, part by part: a part written in capitals there ("OTAN", "UE") must be in capitals
 * in the text, which keeps acronyms that are also words from matching; a capitalized part
 * ("Ukraine") must be capitalized ("UKRAINE" in a dateline is fine, "ukraine" in a tag list is
 * not); a lower-case part (articles, demonyms, "golfe") may be written any way.
 */
final class NameMatcher {

    /**
     * Hyphens inside a token's text, compiled once: String.split with a character class
     * compiles its pattern on every call, which was a third of the extraction's allocations
     * (JFR allocation profile, docs/benchmark.md).
     */
    private static final Pattern TEXT_HYPHENS = Pattern.compile("[-\u2010\u2011]");

    private final Node root = new Node();

    NameMatcher(List<Name> names) {
        Annotator annotator = new Annotator();
        for (Name name : names) {
            List<String> parts = new ArrayList<>();
            List<Casing> casings = new ArrayList<>();
            for (Token t : tokenize(annotator, name.surface())) {
                for (String[] piece : pieces(t)) {
                    parts.add(piece[0]);
                    casings.add(Casing.of(piece[1]));
                }
            }
            Node node = root;
            for (String p : parts) {
                node = node.children.computeIfAbsent(p, k -> new Node());
            }
            node.entries.add(new Entry(name, casings.toArray(new Casing[0])));
        }
    }

    /** A form found in the text: tokens {@code [first, end)} and the names written that way. */
    record Match(int first, int end, List<Name> names) {
    }

    /**
     * The longest gazetteer form that starts at token {@code start}, among the names that
     * {@code accept} lets through, or null. Tokens marked in {@code blocked} are never part of a
     * match.
     */
    Match longestAt(Parts parts, int start, boolean[] blocked, Predicate<Name> accept) {
        if (blocked[start]) {
            return null;
        }
        Match best = null;
        Node node = root;
        int first = parts.firstPart[start];
        for (int q = first; q < parts.size(); q++) {
            if (blocked[parts.token[q]]) {
                break;
            }
            node = node.children.get(parts.norm[q]);
            if (node == null) {
                break;
            }
            if (parts.endsToken[q] && !node.entries.isEmpty()) {
                List<Name> found = new ArrayList<>();
                for (Entry e : node.entries) {
                    if (e.casingHolds(parts, first) && accept.test(e.name)) {
                        found.add(e.name);
                    }
                }
                if (!found.isEmpty()) {
                    best = new Match(start, parts.token[q] + 1, found);
                }
            }
        }
        return best;
    }

    /** A document's tokens cut into the parts the trie is keyed on. */
    static final class Parts {
        private final String[] norm;
        private final String[] text;
        private final int[] token;
        private final boolean[] endsToken;
        private final int[] firstPart;

        Parts(List<Token> tokens) {
            List<String> norms = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            List<Boolean> ends = new ArrayList<>();
            firstPart = new int[tokens.size()];
            for (int t = 0; t < tokens.size(); t++) {
                firstPart[t] = norms.size();
                for (String[] piece : pieces(tokens.get(t))) {
                    norms.add(piece[0]);
                    texts.add(piece[1]);
                    owners.add(t);
                    ends.add(false);
                }
                ends.set(ends.size() - 1, true);
            }
            int n = norms.size();
            norm = norms.toArray(new String[0]);
            text = texts.toArray(new String[0]);
            token = new int[n];
            endsToken = new boolean[n];
            for (int i = 0; i < n; i++) {
                token[i] = owners.get(i);
                endsToken[i] = ends.get(i);
            }
        }

        int size() {
            return norm.length;
        }
    }

    enum Casing {
        UPPER, CAPITALIZED, ANY;

        static Casing of(String written) {
            int letters = 0;
            boolean allUpper = true;
            for (int i = 0; i < written.length(); i++) {
                char c = written.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    allUpper &= Character.isUpperCase(c);
                }
            }
            if (letters >= 2 && allUpper) {
                return UPPER;
            }
            return !written.isEmpty() && Character.isUpperCase(written.charAt(0)) ? CAPITALIZED : ANY;
        }

        boolean holds(String written) {
            return switch (this) {
                case ANY -> true;
                case CAPITALIZED -> !written.isEmpty() && Character.isUpperCase(written.charAt(0));
                case UPPER -> of(written) == UPPER;
            };
        }
    }

    private record Entry(Name name, Casing[] casing) {
        boolean casingHolds(Parts parts, int first) {
            for (int i = 0; i < casing.length; i++) {
                if (!casing[i].holds(parts.text[first + i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    /**
     * A token's parts as {norm, text} pairs: split at inner hyphens, a token that is all hyphen
     * (a dash) stays whole.
     */
    private static List<String[]> pieces(Token t) {
        String[] norms = t.norm().split("-", -1);
        String[] texts = TEXT_HYPHENS.split(t.text(), -1);
        List<String[]> out = new ArrayList<>();
        if (norms.length == texts.length) {
            for (int i = 0; i < norms.length; i++) {
                if (!norms[i].isEmpty()) {
                    out.add(new String[] {norms[i], texts[i]});
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new String[] {t.norm(), t.text()});
        }
        return out;
    }

    private static List<Token> tokenize(Annotator annotator, String surface) {
        Document d = new Document(new Article("gazetteer-name", "gazetteer", null, null, null, null,
                surface, List.of()));
        annotator.annotate(d);
        return d.tokens();
    }
}
