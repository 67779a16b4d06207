package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Role;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** The linking of one document: the state the passes share, then handed to the document. */
final class LinkRun {

    private final Gazetteer gazetteer;
    private final Document doc;
    private final List<Token> tokens;
    private final int n;
    /** Tokens in page furniture: never part of a mention. */
    private final boolean[] furniture;
    /** For each token, the mention that covers it, or null. */
    private final Found[] owner;
    /** Tokens that are part of a role or title already read. */
    private final boolean[] inRole;
    private final List<Found> found = new ArrayList<>();
    /** Persons named in full, by the normalized surname that refers to them later. */
    private final Map<String, Found> bySurname = new HashMap<>();
    private final Map<String, Entity> unlinkedByLabel = new HashMap<>();
    /** Definite roles read without a name after them: {start, end, title token}. */
    private final List<int[]> rolesAlone = new ArrayList<>();

    /** A mention together with the tokens it covers, {@code [first, end)}. */
    private record Found(int first, int end, Mention mention) {
        Entity entity() {
            return mention.entity();
        }
    }

    LinkRun(Gazetteer gazetteer, Document doc) {
        this.gazetteer = gazetteer;
        this.doc = doc;
        this.tokens = doc.tokens();
        this.n = tokens.size();
        this.furniture = new boolean[n];
        this.owner = new Found[n];
        this.inRole = new boolean[n];
        for (int i = 0; i < n; i++) {
            furniture[i] = doc.isFurniture(tokens.get(i).start());
        }
    }

    void run() {
        matchGazetteer();
        governmentsAsStates();
        personsAfterTitles();
        personsAroundReportingVerbs();
        organizationsByHead();
        placesAfterPrepositions();
        surnamesAgain();
        rolesForEarlierHolders();
        for (Found f : found) {
            doc.addMention(f.mention);
        }
    }

    // ---- pass 1: the gazetteer -------------------------------------------------------------

    private void matchGazetteer() {
        NameMatcher.Parts parts = new NameMatcher.Parts(tokens);
        NameMatcher matcher = gazetteer.matcher();
        Set<String> seen = new HashSet<>();
        Set<Entity> seenEntities = new HashSet<>();
        Map<Found, String> needContext = new HashMap<>();
        boolean[] blocked = furniture.clone();
        for (int i = 0; i < n; i++) {
            NameMatcher.Match m = matcher.longestAt(parts, i, blocked, name -> true);
            if (m == null) {
                continue;
            }
            Name name = choose(m.names(), seenEntities);
            i = m.end() - 1;
            if (surnameOfSomeoneElse(name, m.first(), m.end())
                    || firstNameOfSomeone(name, m.first(), m.end(), parts, matcher, blocked)) {
                continue;
            }
            Found f = add(m.first(), m.end(), resolve(name, m.first(), m.end()));
            if (f.entity().type() == EntityType.PERSON && m.end() - m.first() > 1) {
                rememberSurname(m.first(), m.end(), f); // "Lloyd Austin", later "M. Austin"
            }
            if (name.context() != null) {
                needContext.put(f, name.context());
            } else if (f.entity().isLinked()) {
                seen.add(f.entity().wikidata());
            }
            seenEntities.add(f.entity());
        }
        // "l'Alliance", "le Congrès": only in an article that names their context elsewhere
        needContext.forEach((f, context) -> {
            if (!seen.contains(context)) {
                remove(f);
            }
        });
    }

    /**
     * "Hunter Biden", "Melania Trump": a known surname right after a first name the gazetteer
     * does not know belongs to another person, who may be found by the cue passes.
     */
    private boolean surnameOfSomeoneElse(Name name, int first, int end) {
        if (name.entity().type() != EntityType.PERSON || end - first != 1 || first == 0) {
            return false;
        }
        int p = first - 1;
        Token prev = tokens.get(p);
        return owner[p] == null && !furniture[p] && prev.isCapitalized() && prev.text().length() > 1
                && !Cues.CAPITALIZED_STOP.contains(prev.norm()) && !Cues.HONORIFICS.contains(prev.norm())
                && !Cues.TITLES.contains(prev.norm()) && !Cues.TITLE_PREFIXES.contains(prev.norm());
    }

    /**
     * "Israël Katz", "Maurice Gourdault-Montagne": a one-word country or capital followed at
     * once by a capitalized word that is no known name is a person's first name.
     */
    private boolean firstNameOfSomeone(Name name, int first, int end, NameMatcher.Parts parts,
            NameMatcher matcher, boolean[] blocked) {
        if (end - first != 1 || end >= n || name.use() == Name.Use.DEMONYM
                || name.entity().type() == EntityType.PERSON
                || name.entity().type() == EntityType.ORGANIZATION) {
            return false;
        }
        Token next = tokens.get(end);
        return next.isCapitalized() && next.text().length() > 1 && !furniture[end]
                && next.start() - tokens.get(first).end() == 1
                && doc.text().charAt(tokens.get(first).end()) == ' '
                && !Cues.CAPITALIZED_STOP.contains(next.norm())
                && !isAllCaps(first) && matcher.longestAt(parts, end, blocked, x -> true) == null;
    }

    private boolean isAllCaps(int k) {
        return NameMatcher.Casing.of(tokens.get(k).text()) == NameMatcher.Casing.UPPER;
    }

    /** Of several names written the same way: a name before a demonym, a known entity first. */
    private static Name choose(List<Name> names, Set<Entity> seen) {
        Name best = null;
        for (Name name : names) {
            if (best == null || rank(name, seen) > rank(best, seen)) {
                best = name;
            }
        }
        return best;
    }

    private static int rank(Name name, Set<Entity> seen) {
        int r = name.use() == Name.Use.DEMONYM ? 0 : 2;
        return seen.contains(name.entity()) ? r + 1 : r;
    }

    private Mention resolve(Name name, int first, int end) {
        Span span = span(first, end);
        return switch (name.use()) {
            case NAME -> new Mention(span, name.entity(), Mention.Kind.NAME);
            case DEMONYM -> new Mention(span, name.entity(), Mention.Kind.DEMONYM);
            case CAPITAL -> standsForState(first, end)
                    ? new Mention(span, gazetteer.countryOf(name.entity()), Mention.Kind.METONYM)
                    : new Mention(span, name.entity(), Mention.Kind.NAME);
            case SEAT -> standsForState(first, end)
                    ? new Mention(span, name.entity(), Mention.Kind.METONYM)
                    : seatAsPlace(first, end);
        };
    }

    /** "au Kremlin": the building itself, a place the gazetteer has no id for. */
    private Mention seatAsPlace(int first, int end) {
        int from = Cues.ARTICLES.contains(norm(first)) && end - first > 1 ? first + 1 : first;
        Span span = span(from, end);
        return new Mention(span, unlinked(EntityType.PLACE, doc.text(span)), Mention.Kind.NAME);
    }

    /**
     * Whether a capital or seat written at {@code [first, end)} stands for its state. It does
     * when it acts: a verb follows ("Moscou a averti", "Kiev a confirmé", "Washington et
     * Londres ont annoncé"), or it is an agent, owner or recipient ("fournis par Washington",
     * "les forces de Kiev", "des armes à Kiev", "entre Moscou et Kiev"). It does not after a
     * locative preposition ("à Kiev", "près de Kiev", "vers Kiev", "la ville de Kiev"), nor
     * with nothing to act on (datelines, lists).
     */
    private boolean standsForState(int first, int end) {
        int before = prevWord(first);
        if (before >= 0) {
            String p = norm(before);
            if (isA(before)) {
                return givingBefore(before);
            }
            if (Cues.LOCATIVES.contains(p)) {
                return false;
            }
            if (STATE_BEFORE.contains(p) || Cues.REPORTING_VERBS.contains(p)
                    || p.equals("apres") && before > 0 && norm(before - 1).equals("d'")) {
                return true; // "fournis par Washington", "selon Le Caire", "a confirmé Rome"
            }
            if (p.equals("de") || p.equals("d'") || p.equals("du") || p.equals("des")) {
                return !placeNounBefore(before);
            }
            if (isInfinitive(before)) {
                return !Cues.PLACE_VERBS.contains(p); // "convaincre Moscou", not "capturer Kiev"
            }
            if (p.equals("et") && before > 0 && owner[before - 1] != null
                    && owner[before - 1].mention.kind() == Mention.Kind.METONYM) {
                return true; // "entre Moscou et Kiev": the partner of a state is a state
            }
        }
        return verbFollows(end);
    }

    private boolean isInfinitive(int i) {
        Token t = tokens.get(i);
        String w = t.norm();
        return t.kind() == Token.Kind.WORD && !t.isCapitalized() && w.length() > 4
                && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"))
                && !Cues.PREPOSITIONS_AND_ARTICLES.contains(w);
    }

    private boolean isA(int i) {
        String t = tokens.get(i).text();
        return t.equals("à") || t.equals("À") || t.equals("A") && i == sentenceStartBefore(i);
    }

    private int sentenceStartBefore(int i) {
        int start = tokens.get(i).start();
        for (Span s : doc.sentences()) {
            if (s.contains(start)) {
                for (int k = i; k >= 0; k--) {
                    if (tokens.get(k).start() == s.start()) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /** "des armes à Kiev", "fournir des formateurs à Kiev": a giving word before the "à". */
    private boolean givingBefore(int a) {
        for (int k = a - 1; k >= 0 && k >= a - 5; k--) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("'")) {
                return false;
            }
            for (String stem : Cues.GIVING_STEMS) {
                if (t.norm().startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean placeNounBefore(int de) {
        for (int k = de - 1; k >= 0 && k >= de - 3; k--) {
            if (tokens.get(k).kind() != Token.Kind.WORD) {
                return false;
            }
            if (Cues.PLACE_NOUNS.contains(norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb follows, allowing an inserted ", cependant," or ", qui" and a
     * coordinated second subject ("Washington et Londres ont").
     */
    private boolean verbFollows(int end) {
        int k = end;
        if (k < n && norm(k).equals("et") && k + 1 < n && tokens.get(k + 1).isCapitalized()) {
            k += 2;
        }
        if (k < n && tokens.get(k).text().equals(",")) {
            if (k + 1 < n && norm(k + 1).equals("qui")) {
                return true;
            }
            k = afterApposition(k);
            if (k < 0) {
                return false;
            }
        }
        if (k >= n || tokens.get(k).kind() != Token.Kind.WORD || tokens.get(k).isCapitalized()) {
            return false;
        }
        String w = norm(k);
        if (NOT_VERBS.contains(w) || tokens.get(k).text().equals("à")) {
            return false;
        }
        return w.equals("a") || !Cues.PREPOSITIONS_AND_ARTICLES.contains(w);
    }

    /**
     * The token after an inserted phrase between commas (", cependant,", ", principal
     * bailleur de la mission,"), or -1 when the comma opens no such phrase: a list goes on
     * with a capitalized name ("Paris, Berlin").
     */
    private int afterApposition(int comma) {
        if (comma + 1 >= n || tokens.get(comma + 1).kind() != Token.Kind.WORD
                || tokens.get(comma + 1).isCapitalized()) {
            return -1;
        }
        for (int k = comma + 1; k < n && k <= comma + 15; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",")) {
                return k + 1;
            }
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("'") && !t.text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** Words before a capital that make it an agent or a party: "par Washington". */
    private static final Set<String> STATE_BEFORE = Set.of("par", "entre", "pour", "selon",
            "avec", "contre");

    /** Lower-case words that may follow a place name without being its verb. */
    private static final Set<String> NOT_VERBS = Set.of("et", "ou", "ni", "comme", "avec", "dans",
            "sans", "vers", "depuis", "jusqu'a", "apres", "avant", "entre", "contre", "selon",
            "mais", "puis", "ainsi", "aussi", "meme", "elle-meme", "lui-meme", "ville", "capitale",
            "centre", "region");

    // ---- pass 2: "le gouvernement ukrainien" is Ukraine ---------------------------------------

    private void governmentsAsStates() {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.mention.kind() != Mention.Kind.DEMONYM || f.first == 0) {
                continue;
            }
            int head = f.first - 1;
            if (owner[head] == null && !furniture[head] && Cues.GOVERNMENT_HEADS.contains(norm(head))) {
                Found g = new Found(head, f.end, new Mention(span(head, f.end), f.entity(),
                        Mention.Kind.METONYM));
                found.set(i, g);
                for (int k = head; k < f.end; k++) {
                    owner[k] = g;
                }
            }
        }
    }

    // ---- pass 3: titles and roles before a name ----------------------------------------------

    private void personsAfterTitles() {
        for (int t = 0; t < n; t++) {
            if (owner[t] != null || furniture[t] || tokens.get(t).kind() != Token.Kind.WORD) {
                continue;
            }
            String w = norm(t);
            if (Cues.HONORIFICS.contains(w) && tokens.get(t).isCapitalized()) {
                int k = t + 1;
                if (k < n && tokens.get(k).text().equals(".")) {
                    k++;
                }
                if (k < n && tokens.get(k).start() - tokens.get(t).end() <= 2) {
                    nameAt(k, -1, -1);
                }
            } else if (Cues.TITLES.contains(w) && !inRole[t]) {
                readRole(t);
            }
        }
    }

    /**
     * Reads a role that starts with the title at {@code title} ("porte-parole du Pentagone",
     * "ministre russe des Affaires étrangères", "chef d'état-major général de l'armée
     * tchadienne, le général") up to the person it introduces, if any.
     */
    private void readRole(int title) {
        int roleStart = title;
        while (roleStart > 0 && owner[roleStart - 1] == null
                && Cues.TITLE_PREFIXES.contains(norm(roleStart - 1))) {
            roleStart--;
        }
        int roleEnd = title + 1;
        boolean afterComma = false;
        int k = title + 1;
        for (int steps = 0; k < n && steps < 14; steps++) {
            if (furniture[k]) {
                break;
            }
            Found f = owner[k];
            if (f != null) {
                if (f.entity().type() == EntityType.PERSON && f.first == k) {
                    addRole(f.entity(), roleStart, roleEnd);
                    return;
                }
                k = f.end;
                if (!afterComma) {
                    roleEnd = k;
                }
                continue;
            }
            Token tok = tokens.get(k);
            if (tok.text().equals(",")) {
                if (afterComma) {
                    break;
                }
                afterComma = true;
                k++;
                continue;
            }
            if (tok.kind() != Token.Kind.WORD) {
                break;
            }
            String w = tok.norm();
            if (tok.isCapitalized() && !Cues.CAPITALIZED_STOP.contains(w)) {
                if (Cues.PREPOSITIONS_AND_ARTICLES.contains(norm(k - 1)) && !afterComma) {
                    k = capitalizedRunEnd(k); // "du Kremlin", "de la Défense": a complement
                    roleEnd = k;
                    continue;
                }
                nameAt(k, roleStart, roleEnd);
                return;
            }
            if (Cues.CLAUSE_WORDS.contains(w) && !tok.text().equals("à") || looksFinite(w)) {
                break;
            }
            if (Cues.ARTICLES.contains(w) && !(Cues.PREPOSITIONS_AND_ARTICLES.contains(norm(k - 1))
                    || tokens.get(k - 1).text().equals(","))) {
                break;
            }
            if (afterComma && !Cues.ARTICLES.contains(w) && !Cues.TITLES.contains(w)) {
                break; // after a comma only "le général" may come before the name
            }
            k++;
            if (!afterComma) {
                roleEnd = k;
            }
        }
        if (roleStart > 0 && Cues.DEFINITE_SINGULAR.contains(norm(roleStart - 1))) {
            rolesAlone.add(new int[] {roleStart, roleEnd, title});
        }
    }

    /** Imperfect, conditional and future endings: "recevrait", "devait", "enverra". */
    private static boolean looksFinite(String w) {
        return w.length() > 4 && (w.endsWith("ait") || w.endsWith("aient") || w.endsWith("era")
                || w.endsWith("eront") || w.endsWith("ira") || w.endsWith("iront"));
    }

    private int capitalizedRunEnd(int k) {
        while (k < n && owner[k] == null && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k;
    }

    /**
     * A person's name written from token {@code start}: an unlinked person is made (or found
     * again by surname) unless the tokens there are no name. The role {@code [roleStart,
     * roleEnd)}, when given, is recorded for the person.
     */
    private void nameAt(int start, int roleStart, int roleEnd) {
        if (start >= n) {
            return;
        }
        Found known = owner[start];
        if (known != null) {
            if (known.entity().type() == EntityType.PERSON && known.first == start && roleStart >= 0) {
                addRole(known.entity(), roleStart, roleEnd);
            }
            return;
        }
        int end = nameEnd(start);
        if (end == start) {
            return;
        }
        Entity person = personNamed(start, end);
        if (person != null && roleStart >= 0) {
            addRole(person, roleStart, roleEnd);
        }
    }

    /** End of a person's name from {@code start}: capitalized words, initials, particles. */
    private int nameEnd(int start) {
        int k = start;
        int words = 0;
        while (k < n && owner[k] == null && !furniture[k] && words < 6) {
            Token t = tokens.get(k);
            String w = t.norm();
            if (t.kind() != Token.Kind.WORD) {
                break;
            }
            boolean initial = t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
                    && k + 1 < n && tokens.get(k + 1).text().equals(".");
            if (initial) {
                k += 2;
                words++;
                continue;
            }
            if (t.isCapitalized() && !Cues.CAPITALIZED_STOP.contains(w)
                    || words > 0 && isArabicParticle(t)) {
                k++;
                words++;
                continue;
            }
            // "Ursula von der Leyen", "Jean-Yves Le Drian": particles inside, in any case
            if (words > 0 && Cues.NAME_PARTICLES.contains(w) && k + 1 < n
                    && owner[k + 1] == null && tokens.get(k + 1).isCapitalized()
                    && !Cues.CAPITALIZED_STOP.contains(norm(k + 1))) {
                k++;
                continue;
            }
            break;
        }
        // "M. Kirby" aside, a name never ends on an initial: "Q." belongs before a surname
        while (k > start && tokens.get(k - 1).text().equals(".")) {
            k -= 2;
        }
        return Math.max(k, start);
    }

    private static boolean isArabicParticle(Token t) {
        String w = t.norm();
        return (w.startsWith("al-") || w.startsWith("el-") || w.startsWith("ben-"))
                && w.length() > 4 && Character.isUpperCase(t.text().charAt(w.indexOf('-') + 1));
    }

    /** The unlinked person written at {@code [start, end)}, made on first sight. */
    private Entity personNamed(int start, int end) {
        if (end - start == 1) {
            Found earlier = bySurname.get(norm(start));
            if (earlier != null) {
                add(start, end, new Mention(span(start, end), earlier.entity(), Mention.Kind.NAME));
                return earlier.entity();
            }
        }
        Span span = span(start, end);
        Entity person = unlinked(EntityType.PERSON, doc.text(span));
        rememberSurname(start, end, add(start, end, new Mention(span, person, Mention.Kind.NAME)));
        return person;
    }

    /** The surname of a full name is its last capitalized word, "Jr." aside. */
    private void rememberSurname(int start, int end, Found f) {
        for (int k = end - 1; k >= start; k--) {
            Token t = tokens.get(k);
            if (t.isCapitalized() && t.text().length() > 1 && !t.norm().equals("jr")) {
                bySurname.putIfAbsent(t.norm(), f);
                return;
            }
        }
    }

    private void addRole(Entity person, int roleStart, int roleEnd) {
        while (roleEnd > roleStart && tokens.get(roleEnd - 1).kind() == Token.Kind.PUNCT) {
            roleEnd--;
        }
        if (roleEnd <= roleStart) {
            return;
        }
        for (int k = roleStart; k < roleEnd; k++) {
            inRole[k] = true;
        }
        Span span = span(roleStart, roleEnd);
        doc.addRole(new Role(person, doc.text(span), span));
    }

    // ---- pass 4: names around reporting verbs and appositions --------------------------------

    /**
     * "a déclaré Jean Dupont", "Jean Dupont a déclaré", "Jean Dupont, porte-parole de …": two or
     * more capitalized words that no list knows, next to a reporting verb or a title, are a
     * person.
     */
    private void personsAroundReportingVerbs() {
        for (int k = 0; k < n; k++) {
            if (owner[k] != null || furniture[k] || !tokens.get(k).isCapitalized()
                    || Cues.CAPITALIZED_STOP.contains(norm(k)) || Cues.HONORIFICS.contains(norm(k))) {
                continue;
            }
            int end = nameEnd(k);
            if (fullWords(k, end) < 2 || hasOrgWord(k, end)) {
                k = Math.max(k, end - 1);
                continue;
            }
            if (reportingBefore(k) || reportingAfter(end) || titleAfterComma(end)
                    || fullWords(k, end) <= 3 && auxiliaryAndParticipleAfter(end)) {
                Entity person = personNamed(k, end);
                if (titleAfterComma(end)) {
                    appositionRole(person, end + 1);
                }
            }
            k = end - 1;
        }
        // known persons with a role after their name: "John Kirby, porte-parole du Pentagone"
        for (Found f : new ArrayList<>(found)) {
            if (f.entity().type() == EntityType.PERSON && titleAfterComma(f.end)) {
                appositionRole(f.entity(), f.end + 1);
            }
        }
    }

    /** Words of a name longer than an initial: "Charles Q. Brown" has two. */
    private int fullWords(int start, int end) {
        int words = 0;
        for (int k = start; k < end; k++) {
            if (tokens.get(k).kind() == Token.Kind.WORD && tokens.get(k).text().length() > 1
                    && tokens.get(k).isCapitalized()) {
                words++;
            }
        }
        return words;
    }

    private boolean hasOrgWord(int start, int end) {
        for (int k = start; k < end; k++) {
            if (Cues.ORG_WORDS.contains(norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** "a déclaré Jean Dupont", "selon Jean Dupont", "d'après Jean Dupont". */
    private boolean reportingBefore(int k) {
        int p = prevWord(k);
        return p >= 0 && (Cues.REPORTING_VERBS.contains(norm(p)) || norm(p).equals("selon")
                || norm(p).equals("apres") && p > 0 && norm(p - 1).equals("d'"));
    }

    private boolean reportingAfter(int end) {
        int k = end;
        if (k < n && Cues.CLAUSE_WORDS.contains(norm(k)) && !norm(k).equals("qui")) {
            k++; // "a", "avait"
        }
        return k < n && Cues.REPORTING_VERBS.contains(norm(k));
    }

    /** "Viktor Orban a rencontré": the perfect tense after a name, as persons act in news. */
    private boolean auxiliaryAndParticipleAfter(int end) {
        if (end + 1 >= n || !Cues.AUXILIARIES.contains(norm(end))) {
            return false;
        }
        Token next = tokens.get(end + 1);
        String w = next.text();
        return next.kind() == Token.Kind.WORD && !next.isCapitalized() && w.length() > 2
                && (w.endsWith("é") || w.endsWith("i") || w.endsWith("u") || w.endsWith("it")
                    || w.endsWith("is"));
    }

    private boolean titleAfterComma(int end) {
        if (end >= n || !tokens.get(end).text().equals(",")) {
            return false;
        }
        int k = end + 1;
        if (k < n && Cues.ARTICLES.contains(norm(k))) {
            k++;
        }
        while (k < n && Cues.TITLE_PREFIXES.contains(norm(k))) {
            k++;
        }
        return k < n && owner[k] == null && Cues.TITLES.contains(norm(k))
                && !Cues.HONORIFICS.contains(norm(k));
    }

    /** The role after "Name, ": up to the next comma, full stop or clause word. */
    private void appositionRole(Entity person, int from) {
        int start = from;
        if (start < n && Cues.ARTICLES.contains(norm(start))) {
            start++;
        }
        int k = start;
        while (k < n && k - start < 12 && !furniture[k]) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("'")) {
                break;
            }
            if (owner[k] == null && Cues.CLAUSE_WORDS.contains(t.norm())) {
                break;
            }
            k = owner[k] != null ? owner[k].end : k + 1;
        }
        if (k > start && !inRole[start]) {
            addRole(person, start, k);
        }
    }

    // ---- pass 5: organizations by their head noun ----------------------------------------------

    private void organizationsByHead() {
        for (int h = 0; h < n; h++) {
            if (owner[h] != null || furniture[h] || inRole[h] || tokens.get(h).kind() != Token.Kind.WORD) {
                continue;
            }
            String w = norm(h);
            boolean capitalHead = tokens.get(h).isCapitalized() && Cues.CAPITALIZED_ORG_HEADS.contains(w);
            boolean lowerHead = !tokens.get(h).isCapitalized() && Cues.ORG_HEADS.contains(w);
            if (!capitalHead && !lowerHead || partOfTitle(h)) {
                continue;
            }
            int end = organizationEnd(h, capitalHead);
            if (end > h + 1) {
                Span span = span(h, end);
                Entity org = unlinked(EntityType.ORGANIZATION, doc.text(span), ministryInEnglish(h, end));
                for (int k = h; k < end; k++) {
                    if (owner[k] != null) {
                        remove(owner[k]);
                    }
                }
                add(h, end, new Mention(span, org, Mention.Kind.NAME));
                h = end - 1;
            }
        }
    }

    /**
     * "ministère russe de la Défense", "ministère de la Défense des États-Unis": the English name
     * with the state in brackets ("Ministry of Defence (Russia)"), or null when the name holds
     * no known portfolio or no state.
     */
    private String ministryInEnglish(int head, int end) {
        if (!norm(head).equals("ministere")) {
            return null;
        }
        Entity state = null;
        StringBuilder portfolio = new StringBuilder();
        for (int k = head + 1; k < end; k++) {
            Found f = owner[k];
            if (f != null) {
                if (f.entity().type() == EntityType.COUNTRY) {
                    state = f.entity();
                }
                k = f.end - 1;
            } else if (!Cues.ARTICLES.contains(norm(k)) && !PARTITIVES.contains(norm(k))) {
                portfolio.append(portfolio.length() > 0 ? " " : "").append(norm(k));
            }
        }
        String english = Cues.MINISTRY_PORTFOLIOS.get(portfolio.toString());
        if (english == null || state == null || state.labelEn() == null) {
            return null;
        }
        return english + " (" + state.labelEn() + ")";
    }

    /** "chef d'état-major": a head right after a title and "d'" names the title, not a body. */
    private boolean partOfTitle(int head) {
        return head >= 2 && (norm(head - 1).equals("d'") || norm(head - 1).equals("de"))
                && Cues.TITLES.contains(norm(head - 2));
    }

    /**
     * End of an organization's name from its head: adjectives and demonyms ("ministère russe",
     * "Forces démocratiques alliées"), then complements "de la Défense", "des Affaires
     * étrangères", "des États-Unis". A lower-case head needs at least one of them. It stops
     * before a place ("à Kiev"), another organization or a person.
     */
    private int organizationEnd(int head, boolean capitalHead) {
        int k = head + 1;
        int end = head + 1;
        boolean complement = false;
        while (k < n && k - head < 10 && !furniture[k]) {
            Found f = owner[k];
            Token t = tokens.get(k);
            if (f != null) {
                if (f.mention.kind() == Mention.Kind.DEMONYM) {
                    k = f.end;
                    end = k;
                    complement = true;
                    continue;
                }
                break;
            }
            String w = t.norm();
            if (Cues.ORG_ADJECTIVES.contains(w) && !t.isCapitalized()) {
                k++;
                end = k;
                complement |= capitalHead;
                continue;
            }
            if (capitalHead && w.equals("pour") && k + 2 < n && Cues.ARTICLES.contains(norm(k + 1))
                    && owner[k + 2] == null && tokens.get(k + 2).kind() == Token.Kind.WORD
                    && !tokens.get(k + 2).isCapitalized()) {
                k += 3; // "Organisation internationale pour les migrations"
                end = k;
                continue;
            }
            if (w.equals("de") || w.equals("d'") || w.equals("du") || w.equals("des")) {
                int c = k + 1;
                if (c < n && Cues.ARTICLES.contains(norm(c)) && !w.equals("du") && !w.equals("des")) {
                    c++;
                }
                if (c < n && owner[c] != null && owner[c].entity().type() == EntityType.COUNTRY
                        && owner[c].first == c) {
                    k = owner[c].end; // "ambassade des États-Unis"
                    end = k;
                    complement = true;
                    continue;
                }
                if (c < n && owner[c] == null && tokens.get(c).isCapitalized()
                        && !Cues.CAPITALIZED_STOP.contains(norm(c))) {
                    k = capitalizedRunEnd(c); // "de la Défense", "des Affaires étrangères"
                    while (k < n && owner[k] == null && Cues.ORG_ADJECTIVES.contains(norm(k))) {
                        k++;
                    }
                    end = k;
                    complement = true;
                    continue;
                }
            }
            break;
        }
        return complement || capitalHead && end > head + 1 ? end : head;
    }

    // ---- pass 6: places after a locative preposition ------------------------------------------

    private void placesAfterPrepositions() {
        for (int k = 0; k < n; k++) {
            if (owner[k] != null || furniture[k] || !tokens.get(k).isCapitalized()
                    || Cues.CAPITALIZED_STOP.contains(norm(k)) || inRole[k]) {
                continue;
            }
            if (!locativeBefore(k)) {
                continue;
            }
            int end = placeEnd(k);
            if (end > k && !reportingAfter(end)) {
                Span span = span(k, end);
                add(k, end, new Mention(span, unlinked(EntityType.PLACE, doc.text(span)),
                        Mention.Kind.NAME));
                k = end - 1;
            }
        }
    }

    private boolean locativeBefore(int k) {
        int p = prevWord(k);
        if (p < 0) {
            return false;
        }
        if (Cues.ARTICLES.contains(norm(p)) && p > 0) {
            p = p - 1; // "dans le Tanganyika", "vers la Somalie"
        }
        if (owner[p] != null) {
            return false;
        }
        String w = norm(p);
        if (isA(p) || Cues.LOCATIVES.contains(w)) {
            return true;
        }
        return (w.equals("de") || w.equals("d'") || w.equals("du")) && placeNounBefore(p);
    }

    private int placeEnd(int start) {
        int k = start;
        int words = 0;
        while (k < n && owner[k] == null && !furniture[k] && words < 4) {
            Token t = tokens.get(k);
            if (t.isCapitalized() && !Cues.CAPITALIZED_STOP.contains(t.norm())) {
                k++;
                words++;
            } else if (words > 0 && (t.norm().equals("de") || t.norm().equals("du")
                    || t.norm().equals("d'")) && k + 1 < n && owner[k + 1] == null
                    && tokens.get(k + 1).isCapitalized()
                    && !Cues.CAPITALIZED_STOP.contains(norm(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    // ---- pass 7: surnames met again ---------------------------------------------------------

    private void surnamesAgain() {
        if (bySurname.isEmpty()) {
            return;
        }
        for (int k = 0; k < n; k++) {
            if (owner[k] != null || furniture[k] || !tokens.get(k).isCapitalized()) {
                continue;
            }
            Found first = bySurname.get(norm(k));
            if (first != null && first.first < k) {
                add(k, k + 1, new Mention(span(k, k + 1), first.entity(), Mention.Kind.NAME));
            }
        }
    }

    // ---- pass 8: "le porte-parole a ajouté" is the spokesman named before --------------------

    /**
     * A definite role without a name ("le porte-parole a ajouté", "selon le président russe")
     * refers to the latest person before it who holds that title, by the roles the text gave
     * them or the gazetteer's role words; a nationality in the role must be the person's. The
     * mention covers the title words up to the first name inside the role, which keeps its own
     * mention ("porte-parole" of "le porte-parole du Pentagone").
     */
    private void rolesForEarlierHolders() {
        for (int[] r : rolesAlone) {
            int start = r[0];
            int end = r[1];
            String title = norm(r[2]);
            Set<Entity> countries = new HashSet<>();
            int stop = end;
            for (int k = start; k < end; k++) {
                Found f = owner[k];
                if (f == null) {
                    continue;
                }
                stop = Math.min(stop, f.first);
                if (f.entity().type() == EntityType.COUNTRY) {
                    countries.add(f.entity());
                }
            }
            while (stop > start && Cues.PREPOSITIONS_AND_ARTICLES.contains(norm(stop - 1))) {
                stop--;
            }
            if (stop <= start || anyOwned(start, stop)) {
                continue;
            }
            Entity holder = latestHolder(start, title, countries);
            if (holder != null) {
                add(start, stop, new Mention(span(start, stop), holder, Mention.Kind.ROLE));
            }
        }
    }

    private boolean anyOwned(int start, int end) {
        for (int k = start; k < end; k++) {
            if (owner[k] != null) {
                return true;
            }
        }
        return false;
    }

    private Entity latestHolder(int before, String title, Set<Entity> countries) {
        Found latest = null;
        for (Found f : found) {
            if (f.entity().type() == EntityType.PERSON && f.mention.kind() != Mention.Kind.ROLE
                    && f.end <= before && (latest == null || f.first > latest.first)
                    && holds(f.entity(), title, countries)) {
                latest = f;
            }
        }
        return latest == null ? null : latest.entity();
    }

    private boolean holds(Entity person, String title, Set<Entity> countries) {
        boolean titled = false;
        boolean national = countries.isEmpty() || countries.contains(gazetteer.countryOf(person));
        List<String> titles = new ArrayList<>(gazetteer.rolesOf(person));
        for (Role r : doc.roles()) {
            if (r.person().equals(person)) {
                titles.add(r.title());
            }
        }
        for (String t : titles) {
            List<String> words = List.of(TextNorm.normWord(t).split("[\\s']+"));
            titled |= words.contains(title);
            for (Entity c : countries) {
                for (String w : words) {
                    national |= c.equals(gazetteer.countryByDemonym(w));
                }
            }
        }
        return titled && national;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Found add(int first, int end, Mention mention) {
        Found f = new Found(first, end, mention);
        found.add(f);
        for (int k = first; k < end; k++) {
            owner[k] = f;
        }
        return f;
    }

    private void remove(Found f) {
        found.remove(f);
        for (int k = f.first; k < f.end; k++) {
            owner[k] = null;
        }
    }

    private static final Set<String> PARTITIVES = Set.of("de", "d'", "du", "des");

    private Entity unlinked(EntityType type, String label) {
        return unlinked(type, label, null);
    }

    private Entity unlinked(EntityType type, String label, String labelEn) {
        String key = type + "\u0000" + TextNorm.normWord(label);
        return unlinkedByLabel.computeIfAbsent(key, k -> new Entity(type, label, labelEn, null));
    }

    private int prevWord(int k) {
        return k > 0 && !furniture[k - 1] ? k - 1 : -1;
    }

    private String norm(int k) {
        return tokens.get(k).norm();
    }

    private Span span(int first, int end) {
        return new Span(tokens.get(first).start(), tokens.get(end - 1).end());
    }
}
