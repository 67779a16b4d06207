package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Qualifier;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds counted amounts in French text and normalizes them: digits with space, no-break space
 * or dot thousands separators ("100 000", "2.000"), number words ("vingt-cinq", "trois cents",
 * "deux mille"), digits with a word multiplier ("1,5 million"), approximate nouns ("un
 * millier", "une trentaine"), vague amounts ("plusieurs centaines", "de nombreux"), with the
 * qualifier that precedes them ("environ", "plus de", "jusqu'à", "entre … et …").
 *
 * <p>Years, dates, percentages, clock times and ordinals are not amounts and are skipped here;
 * whether an amount counts troops (and not money or tonnes) is for the caller to decide from
 * the noun that follows.
 */
final class FrenchNumbers {

    /**
     * One amount found in a token list.
     *
     * @param quantity the normalized amount; its span covers qualifier and number
     * @param first    index of its first token (qualifier included)
     * @param end      index just past its last token; the counted noun, if any, starts here
     */
    record Match(Quantity quantity, int first, int end) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
            Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
            Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60));

    private static final Map<String, Long> MULTIPLIERS = Map.of(
            "mille", 1_000L, "mil", 1_000L, "million", 1_000_000L, "millions", 1_000_000L,
            "milliard", 1_000_000_000L, "milliards", 1_000_000_000L);

    /** "une trentaine", "un millier": approximate by their very form. */
    private static final Map<String, Long> APPROXIMATE_NOUNS = Map.ofEntries(
            Map.entry("dizaine", 10L), Map.entry("douzaine", 12L), Map.entry("quinzaine", 15L),
            Map.entry("vingtaine", 20L), Map.entry("trentaine", 30L),
            Map.entry("quarantaine", 40L), Map.entry("cinquantaine", 50L),
            Map.entry("soixantaine", 60L), Map.entry("centaine", 100L), Map.entry("millier", 1000L),
            Map.entry("dizaines", 10L), Map.entry("douzaines", 12L), Map.entry("quinzaines", 15L),
            Map.entry("vingtaines", 20L), Map.entry("centaines", 100L), Map.entry("milliers", 1000L));

    /** Determiners that turn a plural approximate noun into a vague amount ("des milliers"). */
    private static final Set<String> VAGUE_DETERMINERS = Set.of("des", "plusieurs", "quelques",
            "nombreuses", "nombreux");

    private static final Set<String> MONTHS = Set.of("janvier", "fevrier", "mars", "avril", "mai",
            "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre");

    /** Words after which a four-digit number is a year ("en 2014", "depuis 2018"). */
    private static final Set<String> YEAR_CUES = Set.of("en", "depuis", "des", "d'ici", "annee",
            "annees", "an", "printemps", "ete", "automne", "hiver", "fin", "debut", "mi",
            "courant", "avant", "apres", "entre", "jusqu'en", "l'an", "l'annee", "janvier", "fevrier",
            "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre", "1er");

    /** Verbs of change: "passé de 235 à 190" gives two amounts, not a range. */
    private static final List<String> CHANGE_STEMS = List.of("pass", "porte", "porter", "augment",
            "redui", "ramen", "baiss", "diminu", "relev", "grimp", "chut", "evolu", "croi", "reduc");

    private static final List<Phrase> QUALIFIERS = List.of(
            new Phrase(Qualifier.AT_LEAST, "pas", "moins", "de"),
            new Phrase(Qualifier.AT_MOST, "pas", "plus", "de"),
            new Phrase(Qualifier.AT_MOST, "tout", "au", "plus"),
            new Phrase(Qualifier.APPROXIMATE, "a", "peu", "pres"),
            new Phrase(Qualifier.APPROXIMATE, "aux", "alentours", "de"),
            new Phrase(Qualifier.APPROXIMATE, "pas", "loin", "de"),
            new Phrase(Qualifier.AT_LEAST, "un", "minimum", "de"),
            new Phrase(Qualifier.AT_MOST, "un", "maximum", "de"),
            new Phrase(Qualifier.AT_LEAST, "un", "peu", "plus", "de"),
            new Phrase(Qualifier.AT_MOST, "un", "peu", "moins", "de"),
            new Phrase(Qualifier.AT_LEAST, "bien", "plus", "de"),
            new Phrase(Qualifier.AT_LEAST, "largement", "plus", "de"),
            new Phrase(Qualifier.AT_MOST, "maximum", "autorise", "de"),
            new Phrase(Qualifier.AT_MOST, "maximal", "autorise", "de"),
            new Phrase(Qualifier.AT_MOST, "maximum", "de"),
            new Phrase(Qualifier.AT_MOST, "plafond", "de"),
            new Phrase(Qualifier.APPROXIMATE, "pres", "de"),
            new Phrase(Qualifier.APPROXIMATE, "autour", "de"),
            new Phrase(Qualifier.APPROXIMATE, "grosso", "modo"),
            new Phrase(Qualifier.APPROXIMATE, "plus", "ou", "moins"),
            new Phrase(Qualifier.AT_LEAST, "plus", "de"),
            new Phrase(Qualifier.AT_LEAST, "au", "moins"),
            new Phrase(Qualifier.AT_LEAST, "au", "minimum"),
            new Phrase(Qualifier.AT_LEAST, "davantage", "de"),
            new Phrase(Qualifier.AT_LEAST, "au-dela", "de"),
            new Phrase(Qualifier.AT_MOST, "moins", "de"),
            new Phrase(Qualifier.AT_MOST, "au", "maximum"),
            new Phrase(Qualifier.AT_MOST, "au", "plus"),
            new Phrase(Qualifier.AT_MOST, "jusqu'", "a"),
            new Phrase(Qualifier.APPROXIMATE, "environ"),
            new Phrase(Qualifier.APPROXIMATE, "quelque"),
            new Phrase(Qualifier.APPROXIMATE, "presque"),
            new Phrase(Qualifier.APPROXIMATE, "approximativement"),
            new Phrase(Qualifier.APPROXIMATE, "grossierement"),
            new Phrase(Qualifier.AT_LEAST, "minimum"),
            new Phrase(Qualifier.AT_MOST, "maximum"));

    /** A qualifying phrase; a final "de" also matches its elided "d'". */
    private record Phrase(Qualifier qualifier, String... words) {
    }

    private FrenchNumbers() {
    }

    /** Every amount in the tokens, in text order, none overlapping. */
    static List<Match> find(List<Token> tokens, String text) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(tokens, text, i);
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The amount starting at token {@code i} (qualifier included), or null. */
    static Match matchAt(List<Token> tokens, String text, int i) {
        Qualifier qualifier = null;
        int j = i;
        int afterQualifier = qualifierEnd(tokens, i);
        if (afterQualifier > i) {
            qualifier = qualifierAt(tokens, i);
            j = skipQuoteMarks(tokens, afterQualifier);
        }
        String n = norm(tokens, j);
        // "entre 3 000 et 5 000"; "de 3 000 à 5 000" (but "passé de 235 à 190" is a change)
        if (qualifier == null && (n.equals("entre")
                || isDe(n) && !afterChangeVerb(tokens, j + 1))) {
            Match range = rangeAt(tokens, text, i, j + 1, n.equals("entre") ? "et" : "a");
            if (range != null) {
                return range;
            }
        }
        Core core = core(tokens, text, j);
        if (core == null) {
            return null;
        }
        if (qualifier == null && core.value != null && !core.approximate
                && !afterChangeVerb(tokens, j)) {
            Match range = rangeAt(tokens, text, i, j, "a"); // "3 000 à 5 000 soldats"
            if (range == null && isGluedDash(tokens, core.end)) {
                range = rangeAt(tokens, text, i, j, "-"); // "3000-5000 soldats"
            }
            if (range != null) {
                return range;
            }
        }
        if (isNotAnAmount(tokens, text, j, core)) {
            return null;
        }
        int end = core.end;
        if (core.value == null) {
            return match(tokens, i, end, null, null, Qualifier.VAGUE);
        }
        if (qualifier == null && core.approximate) {
            qualifier = Qualifier.APPROXIMATE;
        }
        if (qualifier == null && norm(tokens, end).equals("environ")) {
            qualifier = Qualifier.APPROXIMATE; // "2 000 environ"
            end++;
        } else if (qualifier == null && norm(tokens, end + 1).equals("environ")
                && tokens.get(end).kind() == Token.Kind.WORD) {
            qualifier = Qualifier.APPROXIMATE; // "2 000 soldats environ"
        }
        return match(tokens, i, end, core.value, null, qualifier == null ? Qualifier.EXACT : qualifier);
    }

    /** "low link high" from token {@code j}: an ascending pair of plain numbers, not years. */
    private static Match rangeAt(List<Token> tokens, String text, int first, int j, String link) {
        Core low = core(tokens, text, j);
        if (low == null || low.value == null || low.approximate || !norm(tokens, low.end).equals(link)) {
            return null;
        }
        Core high = core(tokens, text, low.end + 1);
        if (high == null || high.value == null || high.approximate || high.value <= low.value
                || isYearShaped(tokens, j, low) && isYearShaped(tokens, low.end + 1, high)) {
            return null;
        }
        boolean dash = link.equals("-");
        // a glued dash is the range itself, not a date's or a code's; years and days stay refused
        boolean notAnAmount = dash
                ? isYearShaped(tokens, j, low) || isYearShaped(tokens, low.end + 1, high)
                    || MONTHS.contains(norm(tokens, high.end)) || high.end < tokens.size()
                        && tokens.get(high.end).start() == tokens.get(high.end - 1).end()
                : isNotAnAmount(tokens, text, low.end + 1, high);
        if (notAnAmount) {
            return null;
        }
        long lowValue = low.value;
        Long multiplier = MULTIPLIERS.get(norm(tokens, high.end - 1));
        if (multiplier != null && lowValue < 1000 && lowValue * multiplier <= high.value) {
            lowValue *= multiplier; // "entre deux et trois mille": the multiplier is shared
        }
        return match(tokens, first, high.end, lowValue, high.value, Qualifier.RANGE);
    }

    private static Match match(List<Token> tokens, int first, int end, Long value, Long upper,
                               Qualifier qualifier) {
        Span span = new Span(tokens.get(first).start(), tokens.get(end - 1).end());
        return new Match(new Quantity(value, upper, qualifier, span), first, end);
    }

    /** A bare amount: value null for vague ones. */
    private record Core(Long value, boolean approximate, int end) {
    }

    /** The number at token {@code j} without any qualifier, or null. */
    private static Core core(List<Token> tokens, String text, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        Core vague = vagueAt(tokens, j);
        if (vague != null) {
            return vague;
        }
        Core approx = approximateNounAt(tokens, j);
        if (approx != null) {
            return approx;
        }
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.NUMBER) {
            return digitsAt(tokens, text, j);
        }
        if (t.kind() == Token.Kind.WORD) {
            return wordsAt(tokens, j);
        }
        return null;
    }

    /** "plusieurs centaines", "des milliers", "des dizaines de milliers", "quelques", "de nombreux". */
    private static Core vagueAt(List<Token> tokens, int j) {
        String n = norm(tokens, j);
        if (VAGUE_DETERMINERS.contains(n)) {
            String next = norm(tokens, j + 1);
            if (APPROXIMATE_NOUNS.containsKey(next) && next.endsWith("s")) {
                int end = j + 2;
                // "des dizaines de milliers"
                if (isDe(norm(tokens, end)) && MULTIPLIER_NOUNS.contains(norm(tokens, end + 1))) {
                    end += 2;
                }
                return new Core(null, false, end);
            }
        }
        if ((n.equals("de") || n.equals("d'")) && (norm(tokens, j + 1).equals("nombreux")
                || norm(tokens, j + 1).equals("nombreuses"))) {
            return new Core(null, false, j + 2);
        }
        if (n.equals("plusieurs") || n.equals("quelques") || n.equals("maints")
                || n.equals("maintes")) {
            return tokens.get(j + 1 < tokens.size() ? j + 1 : j).kind() == Token.Kind.NUMBER
                    ? null : new Core(null, false, j + 1);
        }
        if (n.equals("nombre") && isDe(norm(tokens, j + 1))) {
            return new Core(null, false, j + 1); // "nombre de soldats"
        }
        if (n.equals("un") && norm(tokens, j + 1).equals("certain")
                && norm(tokens, j + 2).equals("nombre")) {
            return new Core(null, false, j + 3);
        }
        if (n.equals("une") && norm(tokens, j + 1).equals("poignee")) {
            return new Core(null, false, j + 2);
        }
        return null;
    }

    private static final Set<String> MULTIPLIER_NOUNS = Set.of("milliers", "millions", "centaines",
            "dizaines", "millier", "million");

    /** "une centaine", "un millier", "deux centaines", "une dizaine de milliers": approximate. */
    private static Core approximateNounAt(List<Token> tokens, int j) {
        Integer count = SMALL.get(norm(tokens, j));
        if (count == null || count >= 20) {
            return null;
        }
        int nounAt = j + 1;
        if (Set.of("petite", "bonne", "grosse", "petites", "bonnes").contains(norm(tokens, nounAt))) {
            nounAt++; // "une bonne centaine", "une petite dizaine"
        }
        Long unit = APPROXIMATE_NOUNS.get(norm(tokens, nounAt));
        if (unit == null) {
            return null;
        }
        long value = count * unit;
        int end = nounAt + 1;
        // "une dizaine de milliers", "une centaine de millions"
        if (isDe(norm(tokens, end))) {
            String big = norm(tokens, end + 1);
            if (big.equals("milliers")) {
                value *= 1000;
                end += 2;
            } else if (big.equals("millions")) {
                value *= 1_000_000;
                end += 2;
            }
        }
        return new Core(value, true, end);
    }

    /** Longer digit runs are identifiers or codes; they also could not be held in a long. */
    private static final int MAX_DIGITS = 15;
    /** Grouped thousands stop growing past this, so "1 000 000 000 …" cannot overflow. */
    private static final long MAX_GROUPED = 1_000_000_000_000L;

    /** Digits, with thousands groups, decimal comma and word multiplier. */
    private static Core digitsAt(List<Token> tokens, String text, int j) {
        Token t = tokens.get(j);
        String s = t.text();
        if (s.length() > MAX_DIGITS) {
            return null; // an identifier or a code, never a count of anything
        }
        int end = j + 1;
        Double decimal = null;
        long value;
        if (s.matches("\\d{1,3}(\\.\\d{3})+")) {
            value = Long.parseLong(s.replace(".", ""));
        } else if (s.matches("\\d+")) {
            value = Long.parseLong(s);
            // "100 000", "5 100 000": groups of three digits after one space
            if (s.length() <= 3) {
                while (end < tokens.size() && value < MAX_GROUPED && tokens.get(end).kind() == Token.Kind.NUMBER
                        && tokens.get(end).text().matches("\\d{3}")
                        && isOneSpace(text, tokens.get(end - 1).end(), tokens.get(end).start())) {
                    value = value * 1000 + Long.parseLong(tokens.get(end).text());
                    end++;
                }
            }
        } else if (s.matches("\\d+[.,]\\d+")) {
            decimal = Double.parseDouble(s.replace(',', '.'));
            value = -1;
        } else {
            return null;
        }
        Long multiplier = MULTIPLIERS.get(norm(tokens, end));
        if (multiplier != null) {
            double base = decimal != null ? decimal : value;
            return new Core(Math.round(base * multiplier), false, end + 1);
        }
        if (decimal != null) {
            return null; // "1,5" alone is a measure, not a head count
        }
        return new Core(value, false, end);
    }

    /** "trois", "vingt-cinq", "quatre-vingt-dix", "trois cents", "deux mille", "vingt et un". */
    private static Core wordsAt(List<Token> tokens, int j) {
        long total = 0;
        long current = 0;
        boolean any = false;
        String previous = "";
        int k = j;
        while (k < tokens.size() && tokens.get(k).kind() == Token.Kind.WORD) {
            String n = tokens.get(k).norm();
            if (n.equals("et") && any && current % 10 == 0 && current % 100 >= 20
                    && (norm(tokens, k + 1).equals("un") || norm(tokens, k + 1).equals("une")
                        || norm(tokens, k + 1).equals("onze"))) {
                k++; // "vingt et un", "soixante et onze"
                continue;
            }
            String[] parts = n.split("-");
            boolean allNumeric = true;
            for (String p : parts) {
                if (!(p.equals("et") && parts.length > 1) && !SMALL.containsKey(p) && !p.equals("cent")
                        && !p.equals("cents") && !MULTIPLIERS.containsKey(p)) {
                    allNumeric = false;
                }
            }
            if (!allNumeric) {
                break;
            }
            if ((n.equals("un") || n.equals("une")) && !any
                    && !MULTIPLIERS.containsKey(norm(tokens, k + 1))) {
                return null;
            }
            if (!any && (n.equals("mille") || n.equals("cent")) && norm(tokens, k - 1).equals("pour")) {
                return null; // "pour cent", "pour mille"
            }
            for (String p : parts) {
                if (p.equals("et")) {
                    continue;
                }
                if (SMALL.containsKey(p)) {
                    int v = SMALL.get(p);
                    if (v == 20 && previous.equals("quatre") && current % 100 == 4) {
                        current += 76; // quatre-vingt(s)
                    } else {
                        current += v;
                    }
                } else if (p.equals("cent") || p.equals("cents")) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    long m = MULTIPLIERS.get(p);
                    total += (current == 0 ? 1 : current) * m;
                    current = 0;
                }
                previous = p;
                any = true;
            }
            k++;
        }
        if (!any) {
            return null;
        }
        return new Core(total + current, false, k);
    }

    /** Years, dates, percentages, times, ordinals and codes look like numbers but count nothing. */
    private static boolean isNotAnAmount(List<Token> tokens, String text, int j, Core core) {
        if (core.value == null) {
            return false;
        }
        Token first = tokens.get(j);
        Token last = tokens.get(core.end - 1);
        String next = norm(tokens, core.end);
        // "le 24 février", "les 11 et 12 juillet", "1er"
        if (MONTHS.contains(next)) {
            return true;
        }
        if (next.equals("et") && tokens.size() > core.end + 2
                && tokens.get(core.end + 1).kind() == Token.Kind.NUMBER
                && MONTHS.contains(norm(tokens, core.end + 2))) {
            return true;
        }
        // "16 %", "16 pour cent"
        if (next.equals("%") || next.equals("pour") && (norm(tokens, core.end + 1).equals("cent")
                || norm(tokens, core.end + 1).equals("mille"))) {
            return true;
        }
        if (first.kind() == Token.Kind.NUMBER) {
            // glued to letters ("82e", "10h") or to other digits by a mark ("19:14", "2022-02-02")
            if (core.end < tokens.size()) {
                Token after = tokens.get(core.end);
                if (after.start() == last.end() && (after.kind() == Token.Kind.WORD
                        || after.text().matches("[:/\\-]")) ) {
                    return true;
                }
            }
            if (j > 0) {
                Token before = tokens.get(j - 1);
                if (before.end() == first.start() && (before.kind() == Token.Kind.WORD
                        || before.text().matches("[:/\\-.]"))) {
                    return true;
                }
            }
            if (isYear(tokens, j, core)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYearShaped(List<Token> tokens, int j, Core core) {
        String s = tokens.get(j).text();
        return core.end == j + 1 && s.matches("\\d{4}") && core.value >= 1800 && core.value <= 2100;
    }

    /** A glued four-digit number from 1800 to 2100 after a year cue or before no word. */
    private static boolean isYear(List<Token> tokens, int j, Core core) {
        if (!isYearShaped(tokens, j, core)) {
            return false;
        }
        String before = norm(tokens, j - 1);
        if ((before.equals("et") || before.equals("a") || before.equals("-"))
                && j >= 2 && tokens.get(j - 2).text().matches("(18|19|20)\\d\\d")) {
            return true; // "entre 2014 et 2022", "de 2014 à 2022"
        }
        if (YEAR_CUES.contains(before) || before.equals("en") && norm(tokens, j - 2).equals("jusqu'")) {
            return true;
        }
        return core.end >= tokens.size() || tokens.get(core.end).kind() != Token.Kind.WORD;
    }

    private static int qualifierEnd(List<Token> tokens, int i) {
        Phrase p = phraseAt(tokens, i);
        return p == null ? i : i + p.words().length;
    }

    private static Qualifier qualifierAt(List<Token> tokens, int i) {
        return phraseAt(tokens, i).qualifier();
    }

    private static Phrase phraseAt(List<Token> tokens, int i) {
        for (Phrase p : QUALIFIERS) {
            boolean ok = true;
            for (int w = 0; w < p.words().length && ok; w++) {
                String want = p.words()[w];
                String got = norm(tokens, i + w);
                ok = got.equals(want) || want.equals("de") && got.equals("d'");
            }
            if (ok) {
                return p;
            }
        }
        return null;
    }

    private static int skipQuoteMarks(List<Token> tokens, int j) {
        while (j < tokens.size() && tokens.get(j).kind() == Token.Kind.PUNCT
                && "«»\"“”".contains(tokens.get(j).text())) {
            j++;
        }
        return j;
    }

    /** True when a verb of change governs the amount at {@code j} ("passé [de] 235 à 190"). */
    private static boolean afterChangeVerb(List<Token> tokens, int j) {
        String before = norm(tokens, j - 1);
        if (isDe(before)) {
            before = norm(tokens, j - 2);
        }
        for (String stem : CHANGE_STEMS) {
            if (before.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A dash glued between two digit runs: "3000-5000" (dates and years are refused by the range). */
    private static boolean isGluedDash(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && k > 0 && tokens.get(k).text().matches("[-\u2010\u2011\u2013]")
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start()
                && tokens.get(k + 1).kind() == Token.Kind.NUMBER;
    }

    private static boolean isOneSpace(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isDe(String norm) {
        return norm.equals("de") || norm.equals("d'");
    }

    static String norm(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
    }
}
