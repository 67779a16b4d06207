package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.ReportingCues.Cue;
import org.sitrep.extract.ReportingCues.Form;
import org.sitrep.extract.SpeakerResolver.Speaker;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
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

    private static final Set<String> CLITICS = Set.of(
            "ne", "n'", "l'", "le", "la", "les", "lui", "leur", "s'", "se", "y", "en", "me",
            "m'", "te", "t'", "nous", "vous");
    /** Words before "que" that make it a conjunction of its own ("alors que", "ainsi que"). */
    private static final Set<String> NOT_COMPLETIVE = Set.of(
            "alors", "parce", "tandis", "ainsi", "bien", "avant", "pour", "des", "afin", "sans",
            "pendant", "apres", "depuis", "plutot", "moins", "plus", "autant", "meme", "tant",
            "si", "tel", "telle", "ne", "n'", "ce", "jusqu'a", "a", "sauf", "outre", "malgre",
            "encore", "aussi", "autre", "qu'");
    private static final Set<String> NOT_VERB_BEFORE = Set.of(
            "le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette",
            "ces", "sa", "son", "ses", "leur", "leurs", "notre", "votre", "nos", "vos", "mon",
            "ma", "mes", "a", "au", "aux", "par", "pour", "sur", "dans", "avec", "sans", "en",
            "entre", "chaque", "toute", "tout", "quelle", "quel");
    private static final Set<String> TIME_WORDS = Set.of(
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
    private static final Set<String> NP_STOPPERS = Set.of(
            "lors", "dans", "devant", "sans", "pendant", "apres", "avant", "alors", "lorsque",
            "tandis", "mais", "car", "qui", "que", "qu'", "dont", "sur", "depuis",
            "en", "au", "aux");
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

    /** Fewest words of a que-clause ("que non" reports nothing worth a statement). */
    private static final int MIN_CLAUSE_WORDS = 2;
    /** Fewest words of an infinitive claim: "de le prolonger" names no content. */
    private static final int MIN_INFINITIVE_WORDS = 4;
    /** Fewest words of a claim read before its verb or around "selon". */
    private static final int MIN_LEFT_WORDS = 3;

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

    /** The claim after or before a verb: its token range and whether it is a bare quote. */
    private record Claim(int from, int to, boolean direct) {
    }

    /** All the state of one document's extraction. */
    private final class Run {
        private final Document doc;
        private final TokenView v;
        private final SpeakerResolver speakers;
        private final boolean[] consumed;
        private final List<int[]> units = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        /** The subject of the latest verb group of the current sentence. */
        private List<Speaker> unitSubjects = List.of();

        Run(Document doc) {
            this.doc = doc;
            this.v = new TokenView(doc);
            this.consumed = new boolean[v.size()];
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

        /** After a dateline ("RIGA |", "WASHINGTON —"). */
        private int contentStart(int a, int b) {
            int t = a;
            while (t < b && v.isWord(t) && isUpperWord(v.get(t).text())) {
                t++;
            }
            if (t > a && t < b && v.isPunct(t, "|\u2014\u2013-")) {
                return t + 1;
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
                Cue cue = verbAt(t);
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
         * The reporting verb group at a token, or null; a lone finite form after a determiner
         * or a preposition is a noun ("la demande", "conférence de presse").
         */
        private Cue verbAt(int t) {
            Cue cue = cues.match(v.tokens, t);
            if (cue != null && cue.first() == cue.last() && cue.invertedPronoun() == null
                    && NOT_VERB_BEFORE.contains(v.norm(t - 1))
                    && !(cue.form() == Form.PRESENT_PARTICIPLE && v.norm(t - 1).equals("en"))) {
                return null;
            }
            return cue;
        }

        private boolean negated(Cue cue) {
            for (int t = cue.first(); t <= cue.last(); t++) {
                if (ReportingCues.NEGATIONS.contains(v.norm(t))) {
                    return true;
                }
            }
            int p = cue.first() - 1;
            while (p >= 0 && CLITICS.contains(v.norm(p))) {
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
                return;
            }
            Span cueSpan = v.span(cue.first(), cue.last());
            int beforeGroup = clitics(cue.first()) - 1;
            if (beforeGroup >= a && v.norm(beforeGroup).equals("et") && !unitSubjects.isEmpty()
                    && cue.invertedPronoun() == null) {
                // "Moscou a dénoncé … et averti que …": the subject of the first verb
                add(unitSubjects, cueSpan, cue.lemma(),
                        complement(cue.last() + 1, b, cue.lemma(), false), u, cue.first());
                return;
            }
            if (cue.form() == Form.PRESENT_PARTICIPLE) {
                Claim claim = complement(cue.last() + 1, b, cue.lemma(), true);
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
                Claim claim = complement(cue.last() + 1, b, cue.lemma(), false);
                if (claim == null) {
                    claim = overIncise(leftClaim(a, cue.first(), false, 1), cue.last() + 1, b);
                }
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            int subjectStart = subjectStart(a, cue.first());
            int subjectEnd = clitics(cue.first());
            if (subjectStart < subjectEnd) {
                List<Speaker> who = subject(subjectStart, subjectEnd);
                unitSubjects = who;
                Claim claim = complement(cue.last() + 1, b, cue.lemma(), false);
                if (claim == null && quoteBefore(subjectStart)) {
                    claim = leftClaim(a, subjectStart, false);
                }
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            int boundary = subjectEnd - 1;
            if (boundary >= a && v.norm(boundary).equals("qui")) {
                List<Speaker> who = antecedent(a, boundary);
                add(who, cueSpan, cue.lemma(), complement(cue.last() + 1, b, cue.lemma(), false),
                        u, cue.first());
                return;
            }
            boolean afterQuote = boundary >= a && (v.closesQuote(boundary)
                    || (v.isPunct(boundary, ",") && boundary > a && v.closesQuote(boundary - 1)));
            Claim right = afterQuote ? null : complement(cue.last() + 1, b, cue.lemma(), false);
            if (right != null && boundary >= a && v.isPunct(boundary, ",")) {
                // "Le porte-parole du Pentagone, John Kirby, a déclaré que …"
                int start = appositiveStart(a, boundary);
                add(subject(start, boundary), cueSpan, cue.lemma(), right, u, cue.first());
                return;
            }
            int npEnd = invertedSubjectEnd(cue.last() + 1, b);
            int npStart = skipAdverbials(cue.last() + 1, npEnd);
            if (npStart < npEnd) {
                List<Speaker> who = subject(npStart, npEnd);
                Claim claim = complement(npEnd, b, cue.lemma(), false);
                if (claim == null || afterQuote) {
                    claim = overIncise(leftClaim(a, cue.first(), false, 1), npEnd, b);
                }
                add(who, cueSpan, cue.lemma(), claim, u, cue.first());
                return;
            }
            if (boundary >= a && v.isPunct(boundary, ",") && !afterQuote) {
                // "« … », Le porte-parole du Kremlin, Dmitri Peskov, a déclaré plus tôt"
                int start = appositiveStart(a, boundary);
                if (quoteBefore(start)) {
                    add(subject(start, boundary), cueSpan, cue.lemma(), leftClaim(a, start, false), u,
                            cue.first());
                }
            }
        }

        /** Index just after the subject: before clitics and "ne" that lead the verb group. */
        private int clitics(int first) {
            int p = first;
            while (p - 1 >= 0 && CLITICS.contains(v.norm(p - 1))
                    && !v.norm(p - 1).equals("nous") && !v.norm(p - 1).equals("vous")) {
                p--;
            }
            return p;
        }

        /** The start of the subject phrase that ends right before the verb group. */
        private int subjectStart(int a, int first) {
            int end = clitics(first);
            int k = end - 1;
            while (k >= a) {
                if (isBoundary(k)) {
                    break;
                }
                k--;
            }
            return k + 1;
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

        /** The antecedent of a subject "qui": the phrase before it. */
        private List<Speaker> antecedent(int a, int qui) {
            int end = qui;
            if (end - 1 >= a && v.isPunct(end - 1, ",")) {
                end--;
            }
            int start = subjectStartFrom(a, end);
            if (start < end && SpeakerResolver.PREPOSITIONS.contains(v.norm(start))) {
                start++;
            }
            return subject(start, end);
        }

        /** "un article du Wall Street Journal d'après lequel": the phrase "lequel" stands for. */
        private List<Speaker> nearestNounPhrase(int a, int before) {
            for (int k = before - 1; k >= a && k >= before - 10; k--) {
                String n = v.norm(k);
                if (isBoundary(k)) {
                    break;
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
            int end = a;
            while (end < at && !v.isPunct(end, ",") && !consumed[end]) {
                end++;
            }
            return end < at ? subject(a, end) : List.of();
        }

        private Speaker pronounSpeaker(String pronoun, int at) {
            return switch (pronoun) {
                case "il", "elle" -> speakers.pronoun(at, pronoun);
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
                if (v.isPunct(t, ".;:!?\u2013\u2014") && !isInitialDot(t)) {
                    return t;
                }
                if (v.isPunct(t, ",")) {
                    int next = t + 1;
                    if (next >= b || !continuesAppositive(next)) {
                        return t;
                    }
                } else if (t > from && NP_STOPPERS.contains(v.norm(t))) {
                    return t;
                } else if (verbAt(t) != null && t > from) {
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
                if ((n.equals("a") || n.equals("au") || n.equals("aux")) && t + 1 < end) {
                    t++;
                    if (SpeakerResolver.DEFINITE.contains(v.norm(t)) && t + 1 < end) {
                        t++;
                    }
                    t++;
                    while (t < end && v.get(t).isCapitalized() && v.norm(t).equals(
                            v.norm(t)) && isUpperWord(v.get(t).text())) {
                        t++;
                    }
                    continue;
                }
                if (v.get(t).kind() == Token.Kind.NUMBER
                        || (TIME_WORDS.contains(n) && !(SpeakerResolver.DEFINITE.contains(n)
                        && !TIME_WORDS.contains(v.norm(t + 1))))) {
                    t++;
                    continue;
                }
                break;
            }
            return t;
        }

        /**
         * What a verb reports, to its right: a que-clause, an infinitive, a quote after ":" or
         * right after the verb. Null when the verb takes only a noun phrase or nothing.
         */
        private Claim complement(int from, int b, String lemma, boolean participle) {
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
                        return q;
                    }
                    return clause;
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
                return n.equals("dire") || n.equals("lire");
            }
            if (n.endsWith("er") || n.endsWith("ir") || n.equals("avoir") || n.endsWith("voir")
                    || n.endsWith("cevoir")) {
                return !n.endsWith("eur");
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
        private Claim clauseFrom(int from, int b, int minWords) {
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

        private boolean isInitialDot(int t) {
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

        /** "et" followed by a new subject and its verb: "… Tchernihiv et l'Ukraine a proposé". */
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
        private Claim leftClaim(int a, int cueStart, boolean overlapping) {
            Claim c = leftClaim(a, cueStart, overlapping, 1);
            return c == null || c.direct() || words(c.from(), c.to()) >= MIN_LEFT_WORDS ? c : null;
        }

        private Claim leftClaim(int a, int cueStart, boolean overlapping, int minWords) {
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
         * "Le système, a-t-il précisé, sera prêt": a verb set between commas inside the
         * clause it reports; the claim runs on after it, incise included.
         */
        private Claim overIncise(Claim left, int afterSubject, int b) {
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
                    && !SpeakerResolver.INDEFINITE.contains(n) && verbAt(next) == null);
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
            addOverlapping(who, v.span(a, a), "pour", clauseFrom(end + 1, b, MIN_LEFT_WORDS), u,
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
                Claim claim = clauseFrom(npStart + 1, b, MIN_LEFT_WORDS);
                add(who, v.span(first, npStart), "selon", claim, u, first);
                return;
            }
            npEnd = invertedSubjectEnd(npStart, b);
            if (n.equals("lui") || n.equals("elle")) {
                Speaker s = speakers.pronoun(npStart, n);
                who = s == null ? List.of() : List.of(s);
            } else {
                who = subject(npStart, npEnd);
            }
            if (who.isEmpty()) {
                return;
            }
            Claim claim;
            int before = first - 1;
            boolean fronted = before < a || (v.isPunct(before, ",") && before == a)
                    || onlyConnectors(a, first);
            if (fronted) {
                claim = clauseFrom(skipApposition(npEnd, b), b, MIN_LEFT_WORDS);
            } else if (npEnd < b && v.isPunct(npEnd, ",") && shortClauseBefore(a, before)) {
                claim = clauseFrom(npEnd + 1, b, MIN_LEFT_WORDS);
            } else {
                claim = leftClaim(a, first, true);
            }
            // selon claims may overlap what another verb of the sentence reports
            addOverlapping(who, v.span(first, last), "selon", claim, u, first);
        }

        /** ", un centre de réflexion de Sydney," after a source names it again: no claim. */
        private int skipApposition(int comma, int b) {
            if (comma + 1 >= b || !v.isPunct(comma, ",")
                    || !SpeakerResolver.INDEFINITE.contains(v.norm(comma + 1))) {
                return comma;
            }
            for (int t = comma + 1; t < b && t < comma + 10; t++) {
                if (v.isPunct(t, ",")) {
                    return t;
                }
                if (v.isPunct(t, ".;:") || verbAt(t) != null || cues.isAuxiliary(v.get(t))) {
                    return comma;
                }
            }
            return comma;
        }

        private boolean onlyConnectors(int a, int first) {
            for (int t = a; t < first; t++) {
                if (!v.isPunct(t, ",") && !Set.of("mais", "et", "or", "cependant", "pourtant",
                        "toutefois", "ainsi", "enfin").contains(v.norm(t))) {
                    return false;
                }
            }
            return true;
        }

        /** True when only a relative pronoun or a short subject precedes ", selon X,". */
        private boolean shortClauseBefore(int a, int comma) {
            int start = subjectStartFrom(a, comma);
            if (start < comma && v.norm(start).equals("qui") || v.norm(comma - 1).equals("qui")) {
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

        private Draft lastDraft(int u, int maxDistance) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                return u - d.unit <= maxDistance ? d : null;
            }
            return null;
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

        private void emit() {
            drafts.sort(Comparator.comparingInt((Draft d) -> d.claim.start())
                    .thenComparingInt(d -> d.anchor));
            String published = doc.article().published();
            for (Draft d : drafts) {
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
