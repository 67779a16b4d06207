package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.ReportingCues.Cue;
import org.sitrep.extract.ReportingCues.Form;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Where a reported claim begins and ends: the que-clause, infinitive or quote after a
 * reporting verb, the clause before a verb placed after it ("« … », a déclaré X"), and the
 * clause that runs on over an incise ("Le système, a-t-il précisé, sera prêt"). A claim ends
 * at the end of its sentence, before a verb that attributes it (", a-t-il ajouté"), before
 * "selon", "mais", a participle or a new subject with its verb.
 */
final class Clauses {

    /** Clitic pronouns and "ne" between a subject and its verb ("ne l'a pas dit"). */
    static final Set<String> CLITICS = Set.of(
            "ne", "n'", "l'", "le", "la", "les", "lui", "leur", "s'", "se", "y", "en", "me",
            "m'", "te", "t'", "nous", "vous");

    /** Words before "que" that make it a conjunction of its own ("alors que", "ainsi que"). */
    private static final Set<String> NOT_COMPLETIVE = Set.of(
            "alors", "parce", "tandis", "ainsi", "bien", "avant", "pour", "des", "afin", "sans",
            "pendant", "apres", "depuis", "plutot", "moins", "plus", "autant", "meme", "tant",
            "si", "tel", "telle", "ne", "n'", "ce", "jusqu'a", "a", "sauf", "outre", "malgre",
            "encore", "aussi", "autre", "qu'");

    /** Words after which a lone verb form is a noun ("la demande", "de presse"). */
    private static final Set<String> NOT_VERB_BEFORE = Set.of(
            "le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette",
            "ces", "sa", "son", "ses", "leur", "leurs", "notre", "votre", "nos", "vos", "mon",
            "ma", "mes", "a", "au", "aux", "par", "pour", "sur", "dans", "avec", "sans", "en",
            "entre", "chaque", "toute", "tout", "quelle", "quel");

    /** Time words and adverbs that may stand between a verb and what it governs. */
    static final Set<String> TIME_WORDS = Set.of(
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
            "aujourd'hui", "encore", "egalement", "aussi", "plus", "tot", "tard", "dernier",
            "derniere", "matin", "soir", "ce", "cette", "semaine", "mois", "annee", "jour",
            "journee", "apres-midi", "soiree", "lors", "deja", "ensuite", "enfin", "alors",
            "recemment", "precedemment", "publiquement", "officiellement", "notamment",
            "ainsi", "d'ailleurs", "toutefois", "cependant", "pourtant", "de", "nouveau",
            "meme", "quant", "a", "lui", "elle", "pour", "sa", "part", "le", "la", "matinee",
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "premier", "fin", "debut",
            "pratiquement", "longuement", "simplement", "clairement", "fermement");

    /** Words that end a noun phrase read after a verb ("a déclaré X lors de …"). */
    static final Set<String> NP_STOPPERS = Set.of(
            "lors", "dans", "devant", "sans", "pendant", "apres", "avant", "alors", "lorsque",
            "tandis", "mais", "car", "qui", "que", "qu'", "dont", "sur", "depuis",
            "en", "au", "aux");

    /** Nouns and adjectives in -er, -ir, -re that are no infinitives. */
    private static final Set<String> INFINITIVE_STOPS = Set.of(
            "hier", "cher", "fer", "mer", "hiver", "super", "leader", "premier", "dernier",
            "entier", "officier", "quartier", "papier", "chantier", "janvier", "fevrier",
            "fichier", "dossier", "particulier", "bouclier", "guerrier", "pompier", "policier",
            "metier", "pilier", "cavalier", "foyer", "loyer", "soir", "plaisir", "desir",
            "avenir", "loisir", "souvenir", "espoir", "pouvoir", "couloir", "territoire",
            "histoire", "memoire", "victoire", "livre", "conseiller", "ier", "millier",
            "frontier", "chevalier", "prisonnier", "singulier", "reporter", "poster");

    /** Endings of infinitives in -re that no common noun shares. */
    private static final List<String> RE_INFINITIVES = List.of(
            "mettre", "prendre", "duire", "struire", "crire", "joindre", "eindre", "aindre",
            "aitre", "vaincre", "soudre", "clure", "rompre", "endre", "ondre", "erdre", "ivre",
            "attre");

    /** Infinitives in -re whose ending nouns share ("faire" and "affaire"). */
    private static final Set<String> RE_INFINITIVE_WORDS = Set.of(
            "faire", "refaire", "satisfaire", "defaire", "plaire", "deplaire", "taire",
            "extraire", "distraire", "soustraire", "croire", "boire", "rire", "sourire", "lire",
            "relire", "elire", "dire", "redire", "predire", "contredire", "interdire", "suffire",
            "etre");

    /** Words after a comma that open a clause of their own, not a verb's complement. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "avant", "puis", "et", "mais", "tandis", "alors", "lorsque", "quand");

    /** Fewest words of a que-clause ("que non" reports nothing worth a statement). */
    private static final int MIN_CLAUSE_WORDS = 2;

    /** Fewest words of an infinitive claim: "de le prolonger" names no content. */
    private static final int MIN_INFINITIVE_WORDS = 4;

    /** Fewest words of a claim read before its verb or around "selon". */
    static final int MIN_LEFT_WORDS = 3;

    /** A claim's token range and whether it is quoted words only. */
    record Claim(int from, int to, boolean direct) {
    }

    private final TokenView v;
    private final ReportingCues cues;
    /** Tokens inside claims already read: no second claim may take them. */
    private final boolean[] consumed;

    Clauses(TokenView v, ReportingCues cues, boolean[] consumed) {
        this.v = v;
        this.cues = cues;
        this.consumed = consumed;
    }

    /**
     * The reporting verb group at a token, or null; a lone finite form after a determiner
     * or a preposition is a noun ("la demande", "conférence de presse").
     */
    Cue verbAt(int t) {
        Cue cue = cues.match(v.tokens, t);
        if (cue != null && cue.first() == cue.last() && cue.invertedPronoun() == null
                && NOT_VERB_BEFORE.contains(v.norm(t - 1))
                && !(cue.form() == Form.PRESENT_PARTICIPLE && v.norm(t - 1).equals("en"))) {
            return null;
        }
        return cue;
    }

    /**
     * What a verb reports, to its right: a que-clause, an infinitive, a quote after ":" or
     * right after the verb. Null when the verb takes only a noun phrase or nothing.
     */
    Claim complement(int from, int b, String lemma, boolean participle) {
        boolean objectFirst = ReportingCues.OBJECT_THEN_INFINITIVE.contains(lemma);
        int limit = Math.min(b, from + 14);
        for (int j = from; j < limit; j++) {
            if (consumed[j]) {
                return null;
            }
            if (v.quoteOf(j) >= 0) {
                return null;
            }
            String n = v.norm(j);
            if (n.equals(",") && (endsClauseAfterComma(j + 1)
                    || CLAUSE_OPENERS.contains(v.norm(j + 1)))) {
                return null; // ", avant d'ajouter : « … »" belongs to what follows
            }
            if ((n.equals("que") || n.equals("qu'")) && !NOT_COMPLETIVE.contains(v.norm(j - 1))
                    && !startsVerb(j + 1)) {
                return clauseFrom(j + 1, b, MIN_CLAUSE_WORDS);
            }
            if (n.equals(":") && j + 1 < b && v.opensQuote(j + 1)) {
                return quoteClaim(j + 1);
            }
            if (v.opensQuote(j) && onlyAdverbials(from, j) && !participle) {
                Claim q = quoteClaim(j);
                Claim clause = clauseFrom(j, b, MIN_CLAUSE_WORDS);
                if (q != null && clause != null && clause.to() <= q.to() + 1) {
                    return q; // "a lancé « Jamais ! »"
                }
                // "a indiqué « accepter … » en mai" reports; "a jugé « inacceptable » la
                // décision" only qualifies a noun
                boolean infinitive = ReportingCues.BARE_INFINITIVE.contains(lemma)
                        && infinitiveAt(j);
                return infinitive ? clause : null;
            }
            if (participle) {
                if (v.isPunct(j, ".;!?,")) {
                    return null;
                }
                continue;
            }
            boolean takesInfinitive = ReportingCues.INFINITIVE_COMPLEMENT.contains(lemma);
            if (takesInfinitive && (n.equals("de") || n.equals("d'")) && infinitiveAt(j + 1)) {
                if (v.opensQuote(j + 1)) {
                    Claim q = quoteClaim(j + 1);
                    if (q != null) {
                        return q;
                    }
                }
                return clauseFrom(objectFirst ? from : j, b, MIN_INFINITIVE_WORDS);
            }
            if (objectFirst && n.equals("a") && infinitiveAt(j + 1)) {
                return clauseFrom(from, b, MIN_INFINITIVE_WORDS);
            }
            if (ReportingCues.BARE_INFINITIVE.contains(lemma) && onlyAdverbials(from, j)
                    && !v.opensQuote(j) && infinitiveAt(j)) {
                return clauseFrom(j, b, MIN_INFINITIVE_WORDS - 1);
            }
            if (v.isPunct(j, ".;!?:") || (j > from && verbAt(j) != null)
                    || (n.equals("et") && coordinatedVerb(j + 1))) {
                return null;
            }
        }
        return null;
    }

    /** "qu'a obtenue l'AP": a relative "que" is followed by its verb, not a subject. */
    private boolean startsVerb(int t) {
        return t < v.size() && (cues.isAuxiliary(v.get(t)) || verbAt(t) != null);
    }

    private boolean onlyAdverbials(int from, int to) {
        for (int t = from; t < to; t++) {
            if (!TIME_WORDS.contains(v.norm(t)) && v.get(t).kind() != Token.Kind.NUMBER
                    && !v.isPunct(t, ",")) {
                return false;
            }
        }
        return true;
    }

    private boolean infinitiveAt(int t) {
        int k = t;
        if (k < v.size() && v.opensQuote(k)) {
            k++;
        }
        int clitics = 0;
        while (k < v.size() && CLITICS.contains(v.norm(k)) && clitics < 3) {
            k++;
            clitics++;
            if (v.norm(k - 1).equals("ne") || v.norm(k - 1).equals("n'")) {
                if (v.norm(k).equals("pas") || v.norm(k).equals("plus")) {
                    k++;
                }
            }
        }
        if (k >= v.size() || !v.isWord(k) || v.get(k).isCapitalized()) {
            return false;
        }
        String n = v.norm(k);
        if (INFINITIVE_STOPS.contains(n) || n.length() < 4) {
            return false;
        }
        if (n.endsWith("er") || n.endsWith("ir")) {
            return true;
        }
        if (RE_INFINITIVE_WORDS.contains(n)) {
            return true;
        }
        for (String suffix : RE_INFINITIVES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private Claim quoteClaim(int openMark) {
        int q = v.quoteOf(openMark + 1);
        if (q < 0) {
            return null;
        }
        Span s = v.quote(q);
        int from = v.firstAtOrAfter(s.start());
        int to = v.firstAtOrAfter(s.end()) - 1;
        return new Claim(from, to, true);
    }

    /** A reported clause from a token to the end of its clause. */
    Claim clauseFrom(int from, int b, int minWords) {
        while (from < b && v.isPunct(from, ",")) {
            from++;
        }
        int end = clauseEnd(from, b);
        int last = end - 1;
        while (last > from && v.isPunct(last, ",.;:") && !v.closesQuote(last)) {
            last--;
        }
        if (last < from || words(from, last) < minWords) {
            return null;
        }
        return new Claim(from, last, false);
    }

    /** Where a reported clause starting at a token ends (exclusive). */
    private int clauseEnd(int from, int b) {
        for (int t = from; t < b; t++) {
            if (v.quoteOf(t) >= 0) {
                continue;
            }
            if (v.isPunct(t, ".!?;") && !isInitialDot(t)) {
                return t;
            }
            if (v.isPunct(t, "\u2013\u2014") && t > from) {
                return t;
            }
            if (v.isPunct(t, ",") && t + 1 < b && endsClauseAfterComma(t + 1)) {
                return t;
            }
            if (v.norm(t).equals("et") && t > from
                    && (newClauseAfter(t + 1, b) || coordinatedVerb(t + 1))) {
                return t;
            }
        }
        return b;
    }

    boolean isInitialDot(int t) {
        return t > 0 && v.isWord(t - 1) && (v.get(t - 1).text().length() == 1
                || SpeakerResolver.isTitle(v.norm(t - 1)));
    }

    private boolean endsClauseAfterComma(int t) {
        String n = v.norm(t);
        if (n.equals("selon") || n.equals("mais") || n.equals("citant")
                || (n.equals("d'") && v.norm(t + 1).equals("apres"))) {
            return true;
        }
        Cue c = verbAt(t);
        if (c == null) {
            return false;
        }
        // an inverted verb (", a-t-il ajouté", ", a déclaré X") or a participle (", ajoutant")
        return c.invertedPronoun() != null || c.form() == Form.PRESENT_PARTICIPLE
                || c.first() == t;
    }

    /** "… et a demandé que", "… et averti que": a second verb of the same subject. */
    private boolean coordinatedVerb(int t) {
        int k = t;
        while (k < v.size() && CLITICS.contains(v.norm(k))) {
            k++;
        }
        return k < v.size() && (cues.isAuxiliary(v.get(k)) || verbAt(k) != null
                || cues.participle(v.get(k)) != null);
    }

    /** "et" followed by a new subject and its verb: "… près de Kharkiv et la Pologne a demandé". */
    private boolean newClauseAfter(int t, int b) {
        int k = t;
        while (k < b && SpeakerResolver.DEFINITE.contains(v.norm(k))) {
            k++;
        }
        Mention m = v.mentionOf(k);
        if (m == null || m.kind() == Mention.Kind.DEMONYM) {
            return false;
        }
        int after = v.firstAtOrAfter(m.span().end());
        return after < b && (cues.isAuxiliary(v.get(after)) || verbAt(after) != null);
    }

    /** The claim before a verb placed after it: "« … », a déclaré X" or "…, a-t-il dit". */
    Claim leftClaim(int a, int cueStart, boolean overlapping) {
        Claim c = leftClaim(a, cueStart, overlapping, 1);
        return c == null || c.direct() || words(c.from(), c.to()) >= MIN_LEFT_WORDS ? c : null;
    }

    Claim leftClaim(int a, int cueStart, boolean overlapping, int minWords) {
        int end = cueStart - 1;
        while (end >= a && v.isPunct(end, ",") ) {
            end--;
        }
        int start = a;
        for (int t = a; t <= end && !overlapping; t++) {
            if (consumed[t]) {
                start = t + 1;
            }
        }
        while (start <= end && v.get(start).kind() == Token.Kind.PUNCT
                && !v.opensQuote(start)) {
            start++;
        }
        if (start > end) {
            return null;
        }
        if (v.opensQuote(start) && v.closesQuote(end)
                && v.quoteOf(start + 1) == v.quoteOf(end - 1)) {
            return quoteClaim(start);
        }
        if (words(start, end) < minWords) {
            return null;
        }
        return new Claim(start, end, false);
    }

    private int words(int from, int to) {
        int n = 0;
        for (int t = from; t <= to; t++) {
            if (v.isWord(t) || v.get(t).kind() == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    /**
     * "Le système, a-t-il précisé, sera prêt": a verb set between commas inside the
     * clause it reports; the claim runs on after it, incise included.
     */
    Claim overIncise(Claim left, int afterSubject, int b) {
        if (left == null) {
            return null;
        }
        Claim whole = left.direct() || words(left.from(), left.to()) >= MIN_LEFT_WORDS
                ? left : null;
        if (afterSubject + 1 >= b || !v.isPunct(afterSubject, ",")) {
            return whole;
        }
        int next = afterSubject + 1;
        String n = v.norm(next);
        boolean quoted = v.opensQuote(next);
        // the clause goes on with its verb or "et non …", not with a circumstance
        boolean continues = quoted || n.equals("et") || (v.isWord(next)
                && !v.get(next).isCapitalized() && !TIME_WORDS.contains(n)
                && !NP_STOPPERS.contains(n) && !SpeakerResolver.PREPOSITIONS.contains(n)
                && !SpeakerResolver.DEFINITE.contains(n)
                && !SpeakerResolver.INDEFINITE.contains(n) && verbAt(next) == null
                && !n.endsWith("ant"));
        if (left.direct() != quoted || !continues) {
            return whole;
        }
        int end = clauseEnd(next, b);
        int last = end - 1;
        while (last > next && v.isPunct(last, ",.;:") && !v.closesQuote(last)) {
            last--;
        }
        if (last <= next) {
            return whole;
        }
        // « A », a-t-il dit, « B »: quoted words on both sides stay a direct quote
        return new Claim(left.from(), last, quoted);
    }
}
