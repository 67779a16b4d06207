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
    /** Unlinked persons found by cue, by the normalized surname that refers to them later. */
    private final Map<String, Found> bySurname = new HashMap<>();
    private final Map<String, Entity> unlinkedByLabel = new HashMap<>();

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
        boolean[] blocked = furniture.clone();
        for (int i = 0; i < n; i++) {
            NameMatcher.Match m = matcher.longestAt(parts, i, blocked,
                    name -> name.context() == null || seen.contains(name.context()));
            if (m == null) {
                continue;
            }
            Name name = choose(m.names(), seenEntities);
            if (surnameOfSomeoneElse(name, m.first(), m.end())) {
                i = m.end() - 1;
                continue;
            }
            Mention mention = resolve(name, m.first(), m.end());
            add(m.first(), m.end(), mention);
            if (mention.entity().isLinked()) {
                seen.add(mention.entity().wikidata());
            }
            seenEntities.add(mention.entity());
            i = m.end() - 1;
        }
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
            if (p.equals("par") || p.equals("entre") || p.equals("pour")) {
                return true;
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
        for (int k = a - 1; k >= 0 && k >= a - 8; k--) {
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
            if (k + 2 < n && tokens.get(k + 2).text().equals(",")) {
                k += 3; // ", cependant,"
            } else {
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
                return;
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
                    return;
                }
                afterComma = true;
                k++;
                continue;
            }
            if (tok.kind() != Token.Kind.WORD) {
                return;
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
            if (Cues.CLAUSE_WORDS.contains(w) && !tok.text().equals("à")) {
                return;
            }
            if (Cues.ARTICLES.contains(w) && !(Cues.PREPOSITIONS_AND_ARTICLES.contains(norm(k - 1))
                    || tokens.get(k - 1).text().equals(","))) {
                return;
            }
            if (afterComma && !Cues.ARTICLES.contains(w) && !Cues.TITLES.contains(w)) {
                return; // after a comma only "le général" may come before the name
            }
            k++;
            if (!afterComma) {
                roleEnd = k;
            }
        }
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
            if (t.isCapitalized() && !(words == 0 && Cues.CAPITALIZED_STOP.contains(w))
                    && !Cues.CAPITALIZED_STOP.contains(w) || words > 0 && isArabicParticle(t)) {
                k++;
                words++;
                continue;
            }
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
        Found f = add(start, end, new Mention(span, person, Mention.Kind.NAME));
        int last = end - 1;
        if (norm(last).equals("jr") && last > start) {
            last--;
        }
        bySurname.putIfAbsent(norm(last), f);
        return person;
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
            if (reportingBefore(k) || reportingAfter(end) || titleAfterComma(end)) {
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

    private boolean reportingBefore(int k) {
        int p = prevWord(k);
        return p >= 0 && Cues.REPORTING_VERBS.contains(norm(p));
    }

    private boolean reportingAfter(int end) {
        int k = end;
        if (k < n && Cues.CLAUSE_WORDS.contains(norm(k)) && !norm(k).equals("qui")) {
            k++; // "a", "avait"
        }
        return k < n && Cues.REPORTING_VERBS.contains(norm(k));
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
            if (!capitalHead && !lowerHead) {
                continue;
            }
            int end = organizationEnd(h, capitalHead);
            if (end > h + 1) {
                Span span = span(h, end);
                Entity org = unlinked(EntityType.ORGANIZATION, doc.text(span));
                for (int k = h; k < end; k++) {
                    if (owner[k] != null) {
                        found.remove(owner[k]);
                        owner[k] = null;
                    }
                }
                add(h, end, new Mention(span, org, Mention.Kind.NAME));
                h = end - 1;
            }
        }
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

    // ---- helpers --------------------------------------------------------------------------------

    private Found add(int first, int end, Mention mention) {
        Found f = new Found(first, end, mention);
        found.add(f);
        for (int k = first; k < end; k++) {
            owner[k] = f;
        }
        return f;
    }

    private Entity unlinked(EntityType type, String label) {
        String key = type + "\u0000" + TextNorm.normWord(label);
        return unlinkedByLabel.computeIfAbsent(key, k -> new Entity(type, label, null, null));
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
