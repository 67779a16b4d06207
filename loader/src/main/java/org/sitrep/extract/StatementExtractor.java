package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.TextNorm;
import org.sitrep.extract.Clauses.Claim;
import org.sitrep.extract.ReportingCues.Cue;
import org.sitrep.extract.ReportingCues.Form;
import org.sitrep.extract.SpeakerResolver.Speaker;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Role;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.model.Token;

/**
 * Direct quotes and reported speech with their speakers.
 *
 * <p>A statement is a reporting verb group (or "selon X", "d'après X") tied to a speaker and a
 * claim. The speaker stands before the verb, after it ("a déclaré M. Kirby", "a-t-il
 * ajouté"), or is the subject carried over from the clause ("…, ajoutant que"). The claim
 * follows the verb (a que-clause, an infinitive, a quote) or precedes it ("« … », a déclaré
 * X"). A quote standing alone as a sentence right after a statement continues its speaker.
 * Negated or withheld speech ("n'a pas précisé"), page furniture and headlines of other
 * articles give nothing.
 */
final class StatementExtractor {


    /** Nouns of time after an article: "cette semaine", "ce matin", "la veille". */
    private static final Set<String> TIME_NOUNS = Set.of(
            "semaine", "mois", "annee", "jour", "journee", "matin", "soir", "apres-midi",
            "soiree", "matinee", "lendemain", "veille", "week-end", "nuit");
    /** Fixed adverbials between a verb and its inverted subject. */
    private static final List<List<String>> ADVERBIAL_PHRASES = List.of(
            List.of("pour", "sa", "part"), List.of("pour", "leur", "part"),
            List.of("de", "son", "cote"), List.of("de", "leur", "cote"),
            List.of("quant", "a", "lui"), List.of("quant", "a", "elle"),
            List.of("quant", "a", "eux"), List.of("quant", "a", "elles"),
            List.of("a", "son", "tour"), List.of("a", "leur", "tour"),
            List.of("plus", "tot"), List.of("plus", "tard"), List.of("de", "nouveau"),
            List.of("a", "nouveau"), List.of("par", "ailleurs"), List.of("en", "outre"),
            List.of("lui", "aussi"), List.of("elle", "aussi"));


    /** Sentence connectors that may stand before a fronted "selon X,". */
    private static final Set<String> CONNECTORS = Set.of(
            "mais", "et", "or", "cependant", "pourtant", "toutefois", "ainsi", "enfin");


    private final ReportingCues cues = new ReportingCues();

    void extract(Document doc) {
        new Run(doc).run();
    }

    /** A statement being built; the speaker of a title alone may still change. */
    private static final class Draft {
        Entity speaker;
        Span speakerSpan;
        boolean roleOnly;
        Span cue;
        String lemma;
        boolean direct;
        Span claim;
        int unit;
        int anchor;

        Draft(Speaker s, Span cue, String lemma, boolean direct, Span claim, int unit,
              int anchor) {
            this.speaker = s.entity();
            this.speakerSpan = s.span();
            this.roleOnly = s.roleOnly();
            this.cue = cue;
            this.lemma = lemma;
            this.direct = direct;
            this.claim = claim;
            this.unit = unit;
            this.anchor = anchor;
        }
    }

    /** All the state of one document's extraction. */
    private final class Run {
        private final Document doc;
        private final TokenView v;
        private final SpeakerResolver speakers;
        private final boolean[] consumed;
        private final Clauses clauses;
        private final List<int[]> units = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        /** The subject of the latest verb group of the current sentence. */
        private List<Speaker> unitSubjects = List.of();

        Run(Document doc) {
            this.doc = doc;
            this.v = new TokenView(doc);
            this.consumed = new boolean[v.size()];
            this.clauses = new Clauses(v, cues, consumed);
            this.speakers = new SpeakerResolver(v, t -> consumed[t]);
        }

        void run() {
            buildUnits();
            // units without text that may speak (furniture, links) are left out, so that
            // "the previous sentence" means the previous one a reader reads
            units.removeIf(unit -> skipUnit(unit[0], unit[1]));
            for (int u = 0; u < units.size(); u++) {
                int[] unit = units.get(u);
                int before = drafts.size();
                processUnit(u, contentStart(unit[0], unit[1]), unit[1]);
                if (drafts.size() == before) {
                    bareFollowUp(u, contentStart(unit[0], unit[1]), unit[1]);
                }
            }
            resolveBareTitles();
            preferTitlesStatedNearby();
            emit();
        }

        /** Sentences, joined where one quote runs across them. */
        private void buildUnits() {
            List<Span> sentences = doc.sentences();
            int i = 0;
            while (i < sentences.size()) {
                int start = sentences.get(i).start();
                int end = sentences.get(i).end();
                int j = i;
                while (j + 1 < sentences.size() && quoteCrosses(end)) {
                    j++;
                    end = sentences.get(j).end();
                }
                int a = v.firstAtOrAfter(start);
                int b = v.firstAtOrAfter(end);
                for (int t = a + 2; t + 1 < b; t++) {
                    // « … prendre. » Cependant, … : the quote closed a sentence of its own
                    if (v.closesQuote(t) && v.isPunct(t - 1, ".!?\u2026") && v.isWord(t + 1)
                            && v.get(t + 1).isCapitalized()) {
                        units.add(new int[] {a, t + 1});
                        a = t + 1;
                    }
                }
                if (b > a) {
                    units.add(new int[] {a, b});
                }
                i = j + 1;
            }
        }

        private boolean quoteCrosses(int offset) {
            for (Span q : doc.quotes()) {
                if (q.start() < offset && q.end() > offset) {
                    return true;
                }
            }
            return false;
        }

        private boolean skipUnit(int a, int b) {
            if (doc.isFurniture(v.get(a).start())) {
                return true;
            }
            // links to other articles: "A lire : …", "Lire aussi …", "Voir aussi …"
            String w0 = v.norm(a);
            String w1 = v.norm(a + 1);
            return (w0.equals("a") && (w1.equals("lire") || w1.equals("voir")))
                    || ((w0.equals("lire") || w0.equals("voir")) && w1.equals("aussi"))
                    || (w0.equals("lire") && w1.equals(":"));
        }

        /** After a dateline ("RIGA |", "WASHINGTON —", "NIAMEY (AFP) —", "PARIS, 3 mai -"). */
        private int contentStart(int a, int b) {
            if (!v.isWord(a) || !isUpperWord(v.get(a).text())) {
                return a;
            }
            for (int t = a + 1; t < b && t <= a + 8; t++) {
                if (v.isPunct(t, "|\u2014\u2013-")) {
                    return t + 1;
                }
                boolean datelineWord = isUpperWord(v.get(t).text()) || v.isPunct(t, ",()")
                        || v.get(t).kind() == Token.Kind.NUMBER || v.get(t).isCapitalized()
                        || RelativeDates.isMonth(v.norm(t));
                if (!datelineWord) {
                    return a;
                }
            }
            return a;
        }

        private boolean isUpperWord(String s) {
            return s.length() > 1 && s.equals(s.toUpperCase()) && !s.equals(s.toLowerCase());
        }

        private void processUnit(int u, int a, int b) {
            unitSubjects = List.of();
            fronted(u, a, b);
            for (int t = a; t < b; t++) {
                if (v.quoteOf(t) >= 0) {
                    splitQuoteAt(u, t, b);
                    continue;
                }
                if (consumed[t]) {
                    continue;
                }
                String n = v.norm(t);
                if (n.equals("selon") || (n.equals("d'") && v.norm(t + 1).equals("apres"))) {
                    int cueEnd = n.equals("selon") ? t : t + 1;
                    selon(u, a, b, t, cueEnd);
                    t = cueEnd;
                    continue;
                }
                if ((n.equals("avant") || n.equals("et")) && narrativeInfinitive(u, a, b, t)) {
                    continue;
                }
                Cue cue = clauses.verbAt(t);
                if (cue == null && v.norm(t - 1).equals("et")) {
                    cue = cues.bareParticiple(v.tokens, t);
                }
                if (cue == null || cue.last() >= b) {
                    continue;
                }
                verbGroup(u, a, b, cue);
                t = cue.last();
            }
        }

        /**
         * "…, avant d'ajouter : « … »", "Et de conclure que …": an infinitive that goes on with
         * the speaker of the statement just made.
         */
        private boolean narrativeInfinitive(int u, int a, int b, int t) {
            String de = v.norm(t + 1);
            if (!(de.equals("de") || de.equals("d'")) || t + 2 >= b) {
                return false;
            }
            String lemma = cues.infinitive(v.get(t + 2));
            if (lemma == null) {
                return false;
            }
            Claim claim = clauses.complement(t + 3, b, lemma, true);
            Draft last = lastDraft(u, 1);
            List<Speaker> who = !unitSubjects.isEmpty() ? unitSubjects
                    : last == null ? List.of() : List.of(new Speaker(last.speaker, null, false));
            if (claim == null || who.isEmpty()) {
                return false;
            }
            add(who, v.span(t, t + 2), lemma, claim, u, t);
            return true;
        }

        private boolean negated(Cue cue) {
            for (int t = cue.first(); t <= cue.last(); t++) {
                if (ReportingCues.NEGATIONS.contains(v.norm(t))) {
                    return true;
                }
            }
            int p = cue.first() - 1;
            while (p >= 0 && Clauses.CLITICS.contains(v.norm(p))) {
                if (v.norm(p).equals("ne") || v.norm(p).equals("n'")) {
                    return true;
                }
                p--;
            }
            String before = v.norm(cue.first() - 1);
            return before.equals("ni") || before.equals("sans");
        }

        private void verbGroup(int u, int a, int b, Cue cue) {
            if (negated(cue)) {
                // "n'a pas confirmé, mais a indiqué que": a later verb still has this subject
                int start = subjectStart(a, cue.first());
                int end = clitics(cue.first());
                if (start < end && cue.invertedPronoun() == null) {
                    unitSubjects = subject(start, end);
                }
                return;
            }
            Span cueSpan = v.span(cue.first(), cue.last());
            int beforeGroup = clitics(cue.first()) - 1;
            String joiner = beforeGroup >= a ? v.norm(beforeGroup) : "";
            if ((joiner.equals("et") || joiner.equals("mais")) && !unitSubjects.isEmpty()
                    && cue.invertedPronoun() == null) {
                // "Moscou a dénoncé … et averti que …": the subject of the first verb
                add(unitSubjects, cueSpan, cue.lemma(),
                        clauses.complement(cue.last() + 1, b, cue.lemma(), false), u, cue.first());
                return;
            }
            if (cue.form() == Form.PRESENT_PARTICIPLE) {
                Claim claim = clauses.complement(cue.last() + 1, b, cue.lemma(), true);
                if (claim == null) {
                    return;
                }
                List<Speaker> who = participleSubject(u, a, cue.first());
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            if (cue.invertedPronoun() != null) {
                List<Speaker> who = new ArrayList<>();
                if (cue.passive()) {
                    Draft last = lastDraft(u, 2);
                    if (last != null) {
                        who.add(new Speaker(last.speaker, null, false));
                    }
                } else {
                    Speaker s = pronounSpeaker(cue.invertedPronoun(), cue.first());
                    if (s != null) {
                        who.add(s);
                    }
                }
                Claim claim = clauses.complement(cue.last() + 1, b, cue.lemma(), false);
                if (claim == null) {
                    claim = clauses.overIncise(clauses.leftClaim(a, cue.first(), false, 1), cue.last() + 1, b);
                }
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            int subjectStart = subjectStart(a, cue.first());
            int subjectEnd = clitics(cue.first());
            if (subjectStart < subjectEnd) {
                List<Speaker> who = subject(subjectStart, subjectEnd);
                unitSubjects = who;
                Claim claim = clauses.complement(cue.last() + 1, b, cue.lemma(), false);
                if (claim == null && quoteBefore(subjectStart)) {
                    claim = clauses.leftClaim(a, subjectStart, false);
                }
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            int boundary = subjectEnd - 1;
            if (boundary >= a && v.norm(boundary).equals("qui")) {
                List<Speaker> who = antecedent(a, boundary);
                add(who, cueSpan, cue.lemma(), clauses.complement(cue.last() + 1, b, cue.lemma(), false),
                        u, cue.first());
                return;
            }
            boolean afterQuote = boundary >= a && (v.closesQuote(boundary)
                    || (v.isPunct(boundary, ",") && boundary > a && v.closesQuote(boundary - 1)));
            Claim right = afterQuote ? null : clauses.complement(cue.last() + 1, b, cue.lemma(), false);
            if (right != null && boundary >= a && v.isPunct(boundary, ",")) {
                // "La porte-parole du ministère, Anne Morel, a indiqué que …"
                int start = appositiveStart(a, boundary);
                add(subject(start, boundary), cueSpan, cue.lemma(), right, u, cue.first());
                return;
            }
            if (boundary >= a && (v.norm(boundary).equals("que") || v.norm(boundary).equals("qu'"))) {
                return; // "ce qu'affirme la presse", "les chiffres que cite le ministère"
            }
            int npEnd = invertedSubjectEnd(cue.last() + 1, b);
            int npStart = skipAdverbials(cue.last() + 1, npEnd);
            // a subject after its verb opens with an article, a number word or a name;
            // "maintient plus de 1 000 militaires" has an object there
            List<Speaker> inverted = npStart < npEnd && startsNounPhrase(npStart)
                    ? subject(npStart, npEnd) : List.of();
            if (!inverted.isEmpty()) {
                List<Speaker> who = inverted;
                Claim claim = clauses.complement(npEnd, b, cue.lemma(), false);
                if (claim == null || afterQuote) {
                    claim = clauses.overIncise(clauses.leftClaim(a, cue.first(), false, 1), npEnd, b);
                }
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            if (boundary >= a && v.isPunct(boundary, ",") && !afterQuote) {
                // "« … », La porte-parole du ministère, Anne Morel, a indiqué la veille"
                int start = appositiveStart(a, boundary);
                if (quoteBefore(start)) {
                    add(subject(start, boundary), cueSpan, cue.lemma(), clauses.leftClaim(a, start, false), u,
                            cue.first());
                }
            }
        }

        /** Index just after the subject: before clitics and "ne" that lead the verb group. */
        private int clitics(int first) {
            int p = first;
            while (p - 1 >= 0 && Clauses.CLITICS.contains(v.norm(p - 1))
                    && !v.norm(p - 1).equals("nous") && !v.norm(p - 1).equals("vous")) {
                p--;
            }
            return p;
        }

        /** The start of the subject phrase that ends right before the verb group. */
        private int subjectStart(int a, int first) {
            return subjectStartFrom(a, clitics(first));
        }

        private boolean isBoundary(int k) {
            if (consumed[k] || v.quoteOf(k) >= 0) {
                return true;
            }
            Token t = v.get(k);
            if (t.kind() == Token.Kind.PUNCT) {
                if (t.text().equals(".") && k > 0 && v.isWord(k - 1)
                        && (v.get(k - 1).text().length() == 1
                        || SpeakerResolver.isTitle(v.norm(k - 1)))) {
                    return false; // an initial or "M."
                }
                return !v.isPunct(k, "()'-");
            }
            String n = t.norm();
            return n.equals("que") || n.equals("qu'") || n.equals("qui") || n.equals("mais")
                    || n.equals("car") || n.equals("lorsque") || n.equals("puisque")
                    || n.equals("quand") || n.equals("si")
                    || (n.equals("et") && k > 0 && v.get(k - 1).kind() == Token.Kind.PUNCT);
        }

        /** The start of "Rôle, Nom," before a comma: at most two comma-separated segments. */
        private int appositiveStart(int a, int comma) {
            int start = subjectStartFrom(a, comma);
            if (start - 1 >= a && v.isPunct(start - 1, ",") && !v.closesQuote(start - 2)) {
                int earlier = subjectStartFrom(a, start - 1);
                if (earlier < start - 1 && startsNounPhrase(earlier)) {
                    return earlier;
                }
            }
            return start;
        }

        private int subjectStartFrom(int a, int end) {
            int k = end - 1;
            while (k >= a && !isBoundary(k)) {
                k--;
            }
            return k + 1;
        }

        private boolean startsNounPhrase(int t) {
            String n = v.norm(t);
            return SpeakerResolver.DEFINITE.contains(n) || SpeakerResolver.INDEFINITE.contains(n)
                    || v.get(t).isCapitalized();
        }

        private boolean quoteBefore(int start) {
            int p = start - 1;
            if (p >= 0 && v.isPunct(p, ",")) {
                p--;
            }
            return p >= 0 && v.closesQuote(p);
        }

        private List<Speaker> subject(int a, int b) {
            if (b - a > 30) {
                return List.of();
            }
            return speakers.resolve(a, b);
        }

        /**
         * The antecedent of a subject "qui": the names right before it ("Poutine et
         * Loukachenko, qui"), else the nearest noun phrase ("annoncée par l'Élysée, qui").
         */
        private List<Speaker> antecedent(int a, int qui) {
            int end = qui;
            if (end - 1 >= a && v.isPunct(end - 1, ",")) {
                end--;
            }
            int start = end;
            while (start - 1 >= a && (v.mentionOf(start - 1) != null
                    || (v.norm(start - 1).equals("et") && v.mentionOf(start - 2) != null))) {
                start--;
            }
            if (start < end && (start == a || !isInComplement(start))) {
                List<Speaker> named = subject(start, end);
                if (!named.isEmpty()) {
                    return named;
                }
            }
            return nearestNounPhrase(a, end);
        }

        /** True when the token follows "de" or "par": a complement, not a subject. */
        private boolean isInComplement(int t) {
            int p = t - 1;
            while (p >= 0 && SpeakerResolver.DEFINITE.contains(v.norm(p))) {
                p--;
            }
            if (p < 0) {
                return false;
            }
            String n = v.norm(p);
            return n.equals("de") || n.equals("du") || n.equals("des") || n.equals("d'");
        }

        /** "un article du Monde d'après lequel": the phrase "lequel" stands for. */
        private List<Speaker> nearestNounPhrase(int a, int before) {
            for (int k = before - 1; k >= a && k >= before - 10; k--) {
                String n = v.norm(k);
                if (isBoundary(k)) {
                    break;
                }
                if (SpeakerResolver.PREPOSITIONS.contains(n) && !n.equals("de")
                        && !n.equals("d'") && !n.equals("du") && !n.equals("des")) {
                    // "annoncée par l'Élysée": the phrase after the preposition
                    return k + 1 < before ? subject(k + 1, before) : List.of();
                }
                if (SpeakerResolver.DEFINITE.contains(n) || n.equals("un") || n.equals("une")) {
                    String prev = v.norm(k - 1);
                    if (!prev.equals("de") && !prev.equals("du") && !prev.equals("d'")
                            && !prev.equals("des")) {
                        return subject(k, before);
                    }
                }
            }
            return List.of();
        }

        /** Subject of a participle: a name right before it, else the clause's speaker. */
        private List<Speaker> participleSubject(int u, int a, int at) {
            int p = at - 1;
            if (p >= a && v.isWord(p) && !consumed[p] && v.quoteOf(p) < 0
                    && (v.mentionOf(p) != null || v.get(p).isCapitalized())) {
                List<Speaker> who = subject(subjectStartFrom(a, at), at);
                if (!who.isEmpty()) {
                    return who;
                }
            }
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.unit == u) {
                    return List.of(new Speaker(d.speaker, null, d.roleOnly));
                }
                break;
            }
            if (!unitSubjects.isEmpty()) {
                return unitSubjects;
            }
            // "Le président a répondu aux critiques en affirmant que …": the clause's subject
            for (int k = a; k < at; k++) {
                if (consumed[k] || v.quoteOf(k) >= 0) {
                    break;
                }
                if (cues.isAuxiliary(v.get(k)) || clauses.verbAt(k) != null) {
                    int start = subjectStartFrom(a, clitics(k));
                    return start < clitics(k) ? subject(start, clitics(k)) : List.of();
                }
            }
            return List.of();
        }

        private Speaker pronounSpeaker(String pronoun, int at) {
            return switch (pronoun) {
                case "il", "elle", "ils", "elles" -> speakers.pronoun(at, pronoun);
                case "on" -> new Speaker(new Entity(EntityType.ANONYMOUS, "on", null, null), null,
                        false);
                default -> null;
            };
        }

        /** Where a subject placed after its verb ends ("a déclaré M. Kirby, …"). */
        private int invertedSubjectEnd(int from, int b) {
            int t = from;
            int quote = v.quoteOf(from);
            while (t < b) {
                // a subject read inside a quote ("« …, a dit X, … »") stays in that quote
                if (v.quoteOf(t) != quote || v.opensQuote(t)) {
                    return t;
                }
                if (v.isPunct(t, ".;:!?\u2013\u2014") && !clauses.isInitialDot(t)) {
                    return t;
                }
                if (v.isPunct(t, ",")) {
                    int next = t + 1;
                    if (next >= b || !continuesAppositive(next)) {
                        return t;
                    }
                } else if (t > from && Clauses.NP_STOPPERS.contains(v.norm(t))) {
                    return t;
                } else if (clauses.verbAt(t) != null && t > from) {
                    return t;
                }
                t++;
            }
            return b;
        }

        private boolean continuesAppositive(int t) {
            if (v.get(t).isCapitalized()) {
                return true;
            }
            String n = SpeakerResolver.singular(v.norm(t));
            if (SpeakerResolver.PERSON_ROLES.contains(n)) {
                return true;
            }
            return SpeakerResolver.DEFINITE.contains(v.norm(t))
                    && SpeakerResolver.PERSON_ROLES.contains(SpeakerResolver.singular(v.norm(t + 1)));
        }

        /** Skips time and place words between a verb and its inverted subject. */
        private int skipAdverbials(int from, int end) {
            int t = from;
            while (t < end) {
                String n = v.norm(t);
                int phrase = adverbialPhraseAt(t, end);
                if (phrase > 0) {
                    t += phrase;
                    continue;
                }
                if ((n.equals("a") || n.equals("au") || n.equals("aux")) && t + 1 < end) {
                    t++;
                    if (SpeakerResolver.DEFINITE.contains(v.norm(t)) && t + 1 < end) {
                        t++;
                    }
                    t++;
                    while (t < end && isUpperWord(v.get(t).text())) {
                        t++; // "à l'AFP", "à l'agence AP"
                    }
                    continue;
                }
                boolean article = SpeakerResolver.DEFINITE.contains(n);
                // "le 2 février", "le vendredi 17 mai" are dates; "le premier ministre" is not
                boolean datedArticle = article && t + 1 < end
                        && (v.get(t + 1).kind() == Token.Kind.NUMBER
                        || RelativeDates.isWeekday(v.norm(t + 1))
                        || TIME_NOUNS.contains(v.norm(t + 1)));
                if (v.get(t).kind() == Token.Kind.NUMBER || datedArticle
                        || (Clauses.TIME_WORDS.contains(n) && !article)) {
                    t++;
                    continue;
                }
                break;
            }
            return t;
        }

        /** Length of a fixed adverbial ("pour sa part", "de son côté") at a token, or 0. */
        private int adverbialPhraseAt(int t, int end) {
            for (List<String> phrase : ADVERBIAL_PHRASES) {
                if (t + phrase.size() > end) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < phrase.size() && match; k++) {
                    match = v.norm(t + k).equals(phrase.get(k));
                }
                if (match) {
                    return phrase.size();
                }
            }
            return 0;
        }

        /**
         * "« A, a-t-il dit, B »": the verb inside the quote attributes all of it. As the team
         * gold does, the claim is the one verbatim span that covers both halves, incise
         * included.
         */
        private void splitQuoteAt(int u, int t, int b) {
            if (!v.isPunct(t, ",") || t + 1 >= b || consumed[t]) {
                return;
            }
            Cue cue = cues.match(v.tokens, t + 1);
            if (cue == null || cue.last() + 1 >= b || v.quoteOf(cue.last() + 1) < 0) {
                return;
            }
            List<Speaker> who;
            int closing;
            if (cue.invertedPronoun() != null) {
                Speaker s = pronounSpeaker(cue.invertedPronoun(), cue.first());
                who = s == null ? List.of() : List.of(s);
                closing = cue.last() + 1;
            } else {
                closing = invertedSubjectEnd(cue.last() + 1, b);
                who = subject(cue.last() + 1, closing);
            }
            // "…, a dit X, …" or "…, a dit X. Nous …" inside one pair of marks
            if (closing >= b || !v.isPunct(closing, ",.") || v.quoteOf(closing) < 0
                    || who.isEmpty()) {
                return;
            }
            Span quote = v.quote(v.quoteOf(t));
            int qStart = v.firstAtOrAfter(quote.start());
            int qEnd = v.firstAtOrAfter(quote.end()) - 1;
            add(who, v.span(cue.first(), cue.last()), cue.lemma(), new Claim(qStart, qEnd, true),
                    u, cue.first());
        }

        /**
         * "Pour le secrétaire général de l'OTAN, Mark Rutte, l'Alliance …": a person or body
         * named at the head of the sentence whose view the sentence gives.
         */
        private void fronted(int u, int a, int b) {
            if (!v.norm(a).equals("pour") || consumed[a]) {
                return;
            }
            int end = invertedSubjectEnd(a + 1, b);
            if (end >= b || !v.isPunct(end, ",") || end - a > 14) {
                return;
            }
            List<Speaker> who = new ArrayList<>();
            for (Speaker s : subject(a + 1, end)) {
                EntityType type = s.entity().type();
                if (type == EntityType.PERSON || type == EntityType.ORGANIZATION
                        || type == EntityType.ANONYMOUS) {
                    who.add(s);
                }
            }
            addOverlapping(who, v.span(a, a), "pour", clauses.clauseFrom(end + 1, b, Clauses.MIN_LEFT_WORDS), u,
                    a);
        }

        /** "selon X" and "d'après X", fronted, inserted or trailing. */
        private void selon(int u, int a, int b, int first, int last) {
            int npStart = last + 1;
            String n = v.norm(npStart);
            List<Speaker> who;
            int npEnd;
            if (n.equals("lequel") || n.equals("laquelle") || n.equals("lesquels")
                    || n.equals("lesquelles")) {
                who = nearestNounPhrase(a, first);
                Claim claim = clauses.clauseFrom(npStart + 1, b, Clauses.MIN_LEFT_WORDS);
                add(who, v.span(first, npStart), sourceLemma(first), claim, u, first);
                return;
            }
            int before = first - 1;
            boolean fronted = before < a || (v.isPunct(before, ",") && before == a)
                    || onlyConnectors(a, first);
            npEnd = fronted ? frontedPhraseEnd(npStart, b) : invertedSubjectEnd(npStart, b);
            if (n.equals("lui") || n.equals("elle") || n.equals("eux") || n.equals("elles")) {
                Speaker s = speakers.pronoun(npStart, n.equals("lui") ? "il"
                        : n.equals("eux") ? "ils" : n);
                who = s == null ? List.of() : List.of(s);
            } else {
                who = subject(npStart, npEnd);
            }
            if (who.isEmpty()) {
                return;
            }
            Claim claim;
            if (fronted) {
                claim = clauses.clauseFrom(skipApposition(npEnd, b), b, Clauses.MIN_LEFT_WORDS);
            } else if (npEnd < b && v.isPunct(npEnd, ",") && shortClauseBefore(a, before)) {
                claim = clauses.clauseFrom(npEnd + 1, b, Clauses.MIN_LEFT_WORDS);
            } else {
                claim = clauses.leftClaim(a, first, true);
            }
            // selon claims may overlap what another verb of the sentence reports
            addOverlapping(who, v.span(first, last), sourceLemma(first), claim, u, first);
        }

        /** The cue lemma of a source preposition: "selon" or "d'après". */
        private String sourceLemma(int first) {
            return v.norm(first).equals("selon") ? "selon" : "d'après";
        }

        /** "Selon l'Institut de recherche sur la défense, …": a fronted source ends at its comma. */
        private int frontedPhraseEnd(int from, int b) {
            for (int t = from; t < b && t < from + 16; t++) {
                if (v.isPunct(t, ",")) {
                    return t;
                }
                if (v.isPunct(t, ".;:") || clauses.verbAt(t) != null || v.opensQuote(t)) {
                    break;
                }
            }
            return invertedSubjectEnd(from, b);
        }

        /**
         * ", un centre de réflexion de Sydney," or ", à Taipei," after a fronted source: no
         * part of the claim.
         */
        private int skipApposition(int comma, int b) {
            String next = comma + 1 < b ? v.norm(comma + 1) : "";
            String after = v.norm(comma + 2);
            boolean insert = SpeakerResolver.INDEFINITE.contains(next) || next.equals("a")
                    || next.equals("au") || next.equals("en") || next.equals("qui")
                    || next.equals("dont") || next.endsWith("ant")
                    || ((next.equals("s'") || next.equals("se")) && after.endsWith("ant"));
            if (!v.isPunct(comma, ",") || !insert) {
                return comma;
            }
            // a relative clause has its own verb; an apposition or a place has none
            boolean relative = next.equals("qui") || next.equals("dont");
            for (int t = comma + 1; t < b && t < comma + 12; t++) {
                if (v.isPunct(t, ",")) {
                    return t;
                }
                if (v.isPunct(t, ".;:") || (!relative
                        && (clauses.verbAt(t) != null || cues.isAuxiliary(v.get(t))))) {
                    return comma;
                }
            }
            return comma;
        }

        private boolean onlyConnectors(int a, int first) {
            for (int t = a; t < first; t++) {
                if (!v.isPunct(t, ",") && !CONNECTORS.contains(v.norm(t))) {
                    return false;
                }
            }
            return true;
        }

        /** True when only a relative pronoun or a short subject precedes ", selon X,". */
        private boolean shortClauseBefore(int a, int comma) {
            int start = subjectStartFrom(a, comma);
            if (v.norm(comma - 1).equals("qui")) {
                return true;
            }
            return comma - start <= 4 && comma - a <= 4;
        }

        private void add(List<Speaker> who, Span cue, String lemma, Claim claim, int u,
                         int anchor) {
            if (claim == null || who.isEmpty()) {
                return;
            }
            for (int t = claim.from(); t <= claim.to(); t++) {
                if (consumed[t]) {
                    return;
                }
            }
            addOverlapping(who, cue, lemma, claim, u, anchor);
            for (int t = claim.from(); t <= claim.to(); t++) {
                consumed[t] = true;
            }
        }

        private void addOverlapping(List<Speaker> who, Span cue, String lemma, Claim claim,
                                    int u, int anchor) {
            if (claim == null || who.isEmpty() || claim.to() < claim.from()) {
                return;
            }
            Span span = v.span(claim.from(), claim.to());
            for (Speaker s : who) {
                if (s.entity().type() == EntityType.PLACE) {
                    continue; // a place says nothing; the graph admits no place as a speaker
                }
                drafts.add(new Draft(s, cue, lemma, claim.direct(), span, u, anchor));
                if (s.span() != null) {
                    int at = v.firstAtOrAfter(s.span().start());
                    speakers.noteSpeaker(s.entity(), at, speakers.headKey(at,
                            Math.max(at + 1, v.firstAtOrAfter(s.span().end()))));
                } else {
                    speakers.noteSpeaker(s.entity(), anchor, null);
                }
            }
        }

        /** The latest statement if it is at most this many sentences back, else null. */
        private Draft lastDraft(int u, int maxDistance) {
            if (drafts.isEmpty()) {
                return null;
            }
            Draft d = drafts.get(drafts.size() - 1);
            return u - d.unit <= maxDistance ? d : null;
        }

        /** A quote standing alone as a sentence continues the previous statement's speaker. */
        private void bareFollowUp(int u, int a, int b) {
            int words = 0;
            int quote = -1;
            for (int t = a; t < b; t++) {
                if (v.isWord(t) || v.get(t).kind() == Token.Kind.NUMBER) {
                    if (v.quoteOf(t) < 0) {
                        return;
                    }
                    if (quote >= 0 && v.quoteOf(t) != quote) {
                        return;
                    }
                    quote = v.quoteOf(t);
                    words++;
                }
            }
            if (words == 0 || drafts.isEmpty()) {
                return;
            }
            Draft last = drafts.get(drafts.size() - 1);
            if (last.unit != u - 1) {
                return;
            }
            Span s = v.quote(quote);
            int from = v.firstAtOrAfter(s.start());
            int to = v.firstAtOrAfter(s.end()) - 1;
            Draft d = new Draft(new Speaker(last.speaker, null, last.roleOnly), null, null, true,
                    v.span(from, to), u, from);
            drafts.add(d);
        }

        /**
         * A title alone that no earlier person was introduced with ("la conseillère
         * fédérale", "le porte-parole de l'état-major") is the person who spoke just before,
         * or else the person named as speaker in the next sentences.
         */
        private void resolveBareTitles() {
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (!d.roleOnly) {
                    continue;
                }
                Entity person = null;
                for (int j = i - 1; j >= 0 && person == null; j--) {
                    Draft earlier = drafts.get(j);
                    if (d.unit - earlier.unit > 3) {
                        break;
                    }
                    if (earlier.speaker.type() == EntityType.PERSON && !earlier.roleOnly) {
                        person = earlier.speaker;
                    }
                }
                for (int j = i + 1; j < drafts.size() && person == null; j++) {
                    Draft later = drafts.get(j);
                    if (later.unit - d.unit > 2) {
                        break;
                    }
                    if (later.speaker.type() == EntityType.PERSON && !later.roleOnly) {
                        person = later.speaker;
                    }
                }
                if (person != null) {
                    Entity title = d.speaker;
                    for (Draft x : drafts) {
                        if (x.roleOnly && x.speaker.equals(title)) {
                            x.speaker = person;
                            x.roleOnly = false;
                        }
                    }
                }
            }
        }

        /**
         * A title the linker gave to an earlier holder that the text never gave it ("le chef
         * d'état-major interarmées" → the president, by his gazetteer roles) belongs instead to
         * the person the next sentences introduce with that very title ("Le chef d'état-major interarmées des
         * États-Unis, Charles Q. Brown").
         */
        private void preferTitlesStatedNearby() {
            for (Draft d : drafts) {
                Mention title = roleMentionAt(d.speakerSpan);
                if (title == null) {
                    continue;
                }
                String words = TextNorm.normWord(doc.text(title.span()));
                if (statedTitle(title.entity(), words)) {
                    continue; // the text itself gave the holder this title
                }
                for (Role r : doc.roles()) {
                    int at = v.firstAtOrAfter(r.span().start());
                    int unit = unitOf(at);
                    if (r.span().start() > title.span().end() && unit >= d.unit
                            && unit - d.unit <= 2
                            && TextNorm.normWord(r.title()).startsWith(words)) {
                        d.speaker = r.person();
                        break;
                    }
                }
            }
        }

        private boolean statedTitle(Entity person, String words) {
            for (Role r : doc.roles()) {
                if (r.person().equals(person) && TextNorm.normWord(r.title()).startsWith(words)) {
                    return true;
                }
            }
            return false;
        }

        private Mention roleMentionAt(Span span) {
            if (span == null) {
                return null;
            }
            for (Mention m : doc.mentions()) {
                if (m.kind() == Mention.Kind.ROLE && m.span().equals(span)) {
                    return m;
                }
            }
            return null;
        }

        private int unitOf(int token) {
            for (int u = 0; u < units.size(); u++) {
                if (token >= units.get(u)[0] && token < units.get(u)[1]) {
                    return u;
                }
            }
            return -1;
        }

        private void emit() {
            drafts.sort(Comparator.comparingInt((Draft d) -> d.claim.start())
                    .thenComparingInt(d -> d.anchor));
            String published = doc.article().published();
            Set<String> seen = new HashSet<>();
            for (Draft d : drafts) {
                // one speaker says one claim once, however many cues point to it
                if (!seen.add(d.speaker + "\u0000" + d.claim)) {
                    continue;
                }
                List<String> context = new ArrayList<>();
                int[] unit = units.get(d.unit);
                for (int t = unit[0]; t < unit[1]; t++) {
                    if (!d.claim.contains(v.get(t).span()) && v.quoteOf(t) < 0) {
                        context.add(v.norm(t));
                    }
                }
                String date = RelativeDates.resolve(published, context);
                doc.addStatement(new Statement(d.speaker, d.speakerSpan, d.cue, d.lemma, d.direct,
                        d.claim, date, mentioned(d.claim)));
            }
        }

        private List<Entity> mentioned(Span claim) {
            Set<Entity> out = new LinkedHashSet<>();
            for (Mention m : doc.mentions()) {
                if (m.kind() != Mention.Kind.DEMONYM && claim.contains(m.span())) {
                    out.add(m.entity());
                }
            }
            return new ArrayList<>(out);
        }
    }
}
