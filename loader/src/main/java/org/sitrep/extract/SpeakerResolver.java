package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Who a subject noun phrase stands for, as a reader resolves it: a linked name, a title with
 * a name, a capital or government standing for its country, "il" and "ce dernier", a role
 * introduced earlier ("le secrétaire américain"), the newspaper or report that a later "le
 * journal" or "selon le rapport" points back to, or an anonymous source ("un responsable
 * américain"). It keeps the discourse memory of one document, fed in text order.
 */
final class SpeakerResolver {

    /**
     * A resolved speaker.
     *
     * @param entity   who
     * @param span     where the phrase names or refers to it
     * @param roleOnly a definite title with no name that found no earlier holder ("le
     *                 porte-parole de l'état-major"): a later named speaker may be the one
     */
    record Speaker(Entity entity, Span span, boolean roleOnly) {
    }

    private record Remembered(int token, String key, Entity entity) {
    }

    static final Set<String> DEFINITE = Set.of(
            "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
            "leurs");
    static final Set<String> INDEFINITE = Set.of(
            "un", "une", "des", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
            "dix", "plusieurs", "certains", "certaines", "quelques", "de", "d'", "nombreux",
            "nombreuses", "divers", "diverses", "differents", "differentes", "autres", "d'autres",
            "aucun", "aucune");
    /** Articles and possessives that open a phrase ("le", "un", "son"), not "de". */
    private static final Set<String> ARTICLES = Set.of(
            "le", "la", "l'", "les", "un", "une", "son", "sa", "ses", "leur", "ce", "cet",
            "cette");
    private static final Set<String> PREPOSED = Set.of(
            "premier", "premiere", "haut", "haute", "hauts", "hautes", "ancien", "ancienne",
            "anciens", "nouveau", "nouvel", "nouvelle", "vice", "grand", "grande", "principal",
            "principale", "actuel", "actuelle", "autre", "meme", "seul", "seule", "puissant",
            "influent", "influente", "tres", "celebre", "dernier", "derniere", "precedent",
            "precedente", "recent", "recente");
    static final Set<String> PREPOSITIONS = Set.of(
            "de", "du", "des", "d'", "a", "au", "aux", "en", "pour", "avec", "contre", "sur",
            "par", "chez", "entre", "dans", "vers", "sans", "selon", "apres", "avant", "devant",
            "pres", "depuis", "pendant", "envers", "aupres");
    /** Titles of persons; plural forms are matched after dropping the final s or x. */
    static final Set<String> PERSON_ROLES = Set.of(
            "president", "presidente", "ministre", "secretaire", "porte-parole", "conseiller",
            "conseillere", "chef", "cheffe", "commandant", "commandante", "general", "colonel",
            "amiral", "capitaine", "lieutenant", "ambassadeur", "ambassadrice", "dirigeant",
            "dirigeante", "chancelier", "chanceliere", "directeur", "directrice", "patron",
            "patronne", "senateur", "senatrice", "depute", "deputee", "representant",
            "representante", "envoye", "envoyee", "emissaire", "negociateur", "negociatrice",
            "maire", "gouverneur", "gouverneure", "roi", "reine", "prince", "princesse",
            "commissaire", "juge", "procureur", "procureure", "officier", "legislateur", "elu",
            "elue", "homologue", "vice-president", "vice-presidente", "haut-commissaire",
            "mediateur", "mediatrice", "candidat", "candidate", "leader", "opposant",
            "opposante", "souverain", "monarque", "emir", "pape", "ayatollah", "marechal",
            "adjoint", "adjointe", "sous-secretaire", "consul", "attache", "premier-ministre",
            "responsable", "diplomate", "officiel", "expert", "analyste", "specialiste",
            "chercheur", "chercheuse", "militaire", "gouvernant", "administrateur", "delegue",
            "deleguee", "coordinateur", "coordinatrice", "instructeur", "ministre-president");
    /** Sources a reader cannot name even when a definite article introduces them. */
    static final Set<String> ANONYMOUS_HEADS = Set.of(
            "responsable", "source", "officiel", "diplomate", "expert", "analyste",
            "specialiste", "observateur", "temoin", "habitant", "militaire", "soldat",
            "personne", "membre", "proche", "collaborateur", "fonctionnaire", "cadre",
            "grade", "enqueteur", "chercheur", "universitaire", "commentateur", "interlocuteur",
            "entourage", "medecin", "elu", "negociateur", "conseiller", "dirigeant");
    static final Set<String> MEDIA_HEADS = Set.of(
            "journal", "journau", "quotidien", "hebdomadaire", "magazine", "media", "chaine",
            "television", "radio", "agence", "site", "presse", "tabloid", "gazette", "titre",
            "mensuel");
    static final Set<String> DOCUMENT_HEADS = Set.of(
            "article", "rapport", "communique", "texte", "document", "tweet", "message", "note",
            "lettre", "avis", "resolution", "declaration", "etude", "enquete", "depeche",
            "courrier", "courriel", "post", "publication", "video", "interview", "entretien",
            "copie", "version", "memo", "memorandum", "compte-rendu", "bilan", "discours",
            "reportage", "analyse", "tribune", "editorial", "releve", "information", "chiffre",
            "estimation", "donnee", "evaluation", "projection", "sondage");
    static final Set<String> INSTITUTION_HEADS = Set.of(
            "ministere", "gouvernement", "administration", "armee", "etat-major", "ambassade",
            "conseil", "commission", "parlement", "assemblee", "mission", "service",
            "departement", "presidence", "bureau", "cabinet", "autorite", "executif",
            "diplomatie", "chancellerie", "police", "tribunal", "cour", "coalition", "alliance",
            "organisation", "force", "commandement", "direction", "senat", "congres", "regime",
            "junte", "pouvoir", "parquet", "etat", "pays", "camp", "parti", "groupe",
            "organisme", "institution", "banque", "entreprise", "societe", "compagnie",
            "marine", "aviation", "garde", "brigade", "ministry", "union", "federation",
            "delegation", "secretariat", "porte-parolat", "cellule", "quartier", "institut",
            "renseignement", "centre", "fondation", "observatoire", "ong", "universite",
            "laboratoire", "comite");
    /** Words that, alone with an article, mean the body last named ("l'organisation"). */
    private static final Set<String> GENERIC_BODIES = Set.of(
            "organisation", "institution", "alliance", "agence", "mission", "coalition",
            "organisme", "instance", "union");

    /** Institutions that, qualified by a demonym, stand for their state ("le gouvernement ukrainien"). */
    static final Set<String> GOVERNMENT_HEADS = Set.of(
            "gouvernement", "executif", "administration", "autorite", "diplomatie",
            "chancellerie", "presidence", "regime", "pouvoir", "junte", "etat", "pays", "camp");
    private static final Set<String> NOT_NAMES = Set.of(
            "le", "la", "les", "l'", "un", "une", "des", "m", "mme", "mlle", "monsieur",
            "madame", "premier", "president", "presidente", "ministre", "general", "colonel",
            "selon", "il", "elle", "ce", "cette", "etat", "etats");
    private static final Set<String> TITLES = Set.of("m", "mme", "mlle", "monsieur", "madame");

    static boolean isTitle(String norm) {
        return TITLES.contains(norm);
    }

    private final TokenView view;
    private final IntPredicate inClaim;
    private final List<Remembered> persons = new ArrayList<>();
    /** Speakers of statements, keyed by the gender their phrase shows. */
    private final List<Remembered> speakers = new ArrayList<>();
    private final List<Remembered> roles = new ArrayList<>();
    private final List<Remembered> sources = new ArrayList<>();
    private final List<Remembered> institutions = new ArrayList<>();
    private final List<Remembered> anonymous = new ArrayList<>();
    private final List<Entity> namedPersons = new ArrayList<>();
    /** Persons whose gender the text shows ("Mme", "la ministre"). */
    private final Map<Entity, String> genders = new HashMap<>();

    /**
     * @param view    the document by token
     * @param inClaim tells whether a token lies inside a claim already read: a person named
     *                inside what someone else said is no antecedent for "il"
     */
    SpeakerResolver(TokenView view, IntPredicate inClaim) {
        this.view = view;
        this.inClaim = inClaim;
        rememberTitledPersons();
        rememberSubjectsAndSources();
    }

    /** Registers a statement's speaker so that later "il", "le journal" find it. */
    void noteSpeaker(Entity speaker, int token, String head) {
        speakers.add(new Remembered(token, gender(token), speaker));
        switch (speaker.type()) {
            case PERSON -> persons.add(new Remembered(token, null, speaker));
            case ORGANIZATION -> {
                if (head != null && INSTITUTION_HEADS.contains(head)) {
                    institutions.add(new Remembered(token, head, speaker));
                } else {
                    sources.add(new Remembered(token, null, speaker));
                }
            }
            case ANONYMOUS -> anonymous.add(new Remembered(token, head, speaker));
            default -> {
                if (head != null) {
                    institutions.add(new Remembered(token, head, speaker));
                }
            }
        }
    }

    /**
     * The speakers a noun phrase over tokens [a, b) stands for: several when persons or
     * states are coordinated ("Washington et Londres"), none when it is no source.
     */
    List<Speaker> resolve(int a, int b) {
        while (a < b && (view.get(a).kind() == Token.Kind.PUNCT)) {
            a++;
        }
        while (b > a && view.get(b - 1).kind() == Token.Kind.PUNCT
                && !view.isPunct(b - 1, ")")) {
            b--;
        }
        List<Speaker> out = new ArrayList<>();
        if (a >= b) {
            return out;
        }
        String first = view.norm(a);
        if (b - a == 1 && ReportingCues.SUBJECT_PRONOUNS.contains(first) && !first.equals("on")) {
            Speaker s = pronoun(a, first);
            if (s != null) {
                out.add(s);
            }
            return out;
        }
        if ((first.equals("ce") || first.equals("cette"))
                && (view.norm(a + 1).equals("dernier") || view.norm(a + 1).equals("derniere"))) {
            Entity e = lastPerson(a, true);
            if (e != null) {
                out.add(new Speaker(e, view.span(a, a + 1), false));
            }
            return out;
        }
        if (b - a == 1 && first.equals("on")) {
            out.add(new Speaker(anonymousEntity("on"), view.span(a, a), false));
            return out;
        }
        int head = headIndex(a, b);
        String headKey = head < b ? singular(view.norm(head)) : "";
        boolean indefinite = INDEFINITE.contains(first) && !isMentionStart(a);

        // persons named in the phrase, outside complements ("le porte-parole du Pentagone, John Kirby")
        if (!DOCUMENT_HEADS.contains(headKey)) {
            List<Mention> named = subjectMentions(a, b, EntityType.PERSON);
            if (!named.isEmpty()) {
                for (Mention m : coordinated(named)) {
                    out.add(new Speaker(m.entity(), m.span(), false));
                }
                return out;
            }
        }
        // a state, an organization, a capital: the phrase starts with it
        Mention lead = leadingMention(a, b);
        if (lead != null && !DOCUMENT_HEADS.contains(headKey) && !indefinite) {
            List<Mention> all = subjectMentions(a, b, null);
            for (Mention m : coordinated(all.isEmpty() ? List.of(lead) : all)) {
                if (m.entity().type() != EntityType.PLACE) {
                    out.add(new Speaker(m.entity(), m.span(), false));
                }
            }
            return out;
        }
        Span phrase = view.span(a, b - 1);
        if (DOCUMENT_HEADS.contains(headKey) || MEDIA_HEADS.contains(headKey)) {
            Mention author = firstMention(head + 1, b, true);
            if (author == null && MEDIA_HEADS.contains(headKey)) {
                author = firstMention(a, b, true);
            }
            if (author != null) {
                // "le texte", "le journal" later mean this author
                sources.add(new Remembered(a, null, author.entity()));
                out.add(new Speaker(author.entity(), author.span(), false));
                return out;
            }
            Entity named = nameRun(head + 1, b);
            if (named != null) {
                sources.add(new Remembered(a, null, named));
                out.add(new Speaker(named, phrase, false));
                return out;
            }
            int of = complementStart(head + 1, b);
            if (of >= 0) {
                // "un communiqué de l'armée philippine": the body the document comes from
                List<Speaker> body = resolve(of, b);
                if (!body.isEmpty()) {
                    sources.add(new Remembered(a, null, body.get(0).entity()));
                    return body;
                }
            }
            String title = MEDIA_HEADS.contains(headKey) ? capitalizedRun(head + 1, b) : null;
            if (title != null) {
                // "l'agence Tass", "le quotidien Le Monde"
                Entity outlet = new Entity(EntityType.ORGANIZATION, title, null, null);
                sources.add(new Remembered(a, null, outlet));
                out.add(new Speaker(outlet, phrase, false));
                return out;
            }
            if (!indefinite || DOCUMENT_HEADS.contains(headKey)) {
                Remembered r = latest(sources, a, null);
                if (r != null) {
                    out.add(new Speaker(r.entity(), phrase, false));
                    return out;
                }
            }
            out.add(new Speaker(anonymousEntity(description(a, b)), phrase, false));
            return out;
        }
        if (GOVERNMENT_HEADS.contains(headKey)) {
            for (int t = head + 1; t < b && t <= head + 2; t++) {
                Mention m = view.mentionOf(t);
                if (m != null && m.entity().type() == EntityType.COUNTRY) {
                    out.add(new Speaker(m.entity(), phrase, false));
                    return out;
                }
            }
        }
        String acronym = parenthesizedAcronym(a, b);
        if (acronym != null) {
            out.add(new Speaker(new Entity(EntityType.ORGANIZATION, acronym, null, null), phrase,
                    false));
            return out;
        }
        if (INSTITUTION_HEADS.contains(headKey)) {
            if (!indefinite && head == b - 1) {
                Remembered r = latest(institutions, a, headKey);
                if (r != null) {
                    out.add(new Speaker(r.entity(), phrase, false));
                    return out;
                }
                Mention m = GENERIC_BODIES.contains(headKey) ? latestOrganization(a) : null;
                if (m != null) {
                    out.add(new Speaker(m.entity(), phrase, false));
                    return out;
                }
            }
            if (indefinite) {
                out.add(new Speaker(anonymousEntity(description(a, b)), phrase, false));
                return out;
            }
            Entity org = new Entity(EntityType.ORGANIZATION, label(a, b), null, null);
            out.add(new Speaker(org, phrase, false));
            return out;
        }
        boolean personRole = PERSON_ROLES.contains(headKey) || ANONYMOUS_HEADS.contains(headKey);
        if (personRole && indefinite) {
            out.add(new Speaker(anonymousEntity(description(a, b)), phrase, false));
            return out;
        }
        Entity named = nameRun(a, b);
        if (named != null) {
            out.add(new Speaker(named, phrase, false));
            return out;
        }
        if (personRole) {
            Remembered role = latest(roles, a, headKey);
            if (role != null) {
                out.add(new Speaker(role.entity(), phrase, false));
                return out;
            }
            if (ANONYMOUS_HEADS.contains(headKey)) {
                Remembered r = latest(anonymous, a, headKey);
                Entity e = r != null ? r.entity() : anonymousEntity(description(a, b));
                out.add(new Speaker(e, phrase, false));
                return out;
            }
            out.add(new Speaker(anonymousEntity(description(a, b)), phrase, true));
            return out;
        }
        return out;
    }

    /** The head noun's singular norm of a phrase, for memories keyed by role. */
    String headKey(int a, int b) {
        int h = headIndex(a, b);
        return h < b ? singular(view.norm(h)) : null;
    }

    /**
     * "il" or "elle": the latest person named as a subject, or the latest speaker if it came
     * after ("La présidence a affirmé … Elle a ajouté"), when its article does not say
     * otherwise.
     */
    Speaker pronoun(int at, String pronoun) {
        String wanted = pronoun.equals("elle") ? "f" : pronoun.equals("il") ? "m" : "p";
        Remembered person = latestPerson(at, wanted);
        Remembered speaker = null;
        for (Remembered r : speakers) {
            // a body is "il" or "elle" only when its article tells which ("la présidence");
            // a person when the text does not show the other gender ("Mme", "la ministre")
            boolean agrees = r.key() == null
                    ? r.entity().type() == EntityType.PERSON && agrees(r.entity(), wanted)
                    : r.key().equals(wanted);
            if (r.token() < at && agrees && (speaker == null || r.token() > speaker.token())) {
                speaker = r;
            }
        }
        if (wanted.equals("p")) {
            person = null; // "ils" points back to a plural phrase, not to one person
        }
        Remembered best = speaker != null && (person == null || speaker.token() > person.token())
                ? speaker : person;
        return best == null ? null : new Speaker(best.entity(), view.span(at, at), false);
    }

    private boolean agrees(Entity person, String wanted) {
        String g = genders.get(person);
        return g == null || g.equals(wanted);
    }

    /**
     * The gender the text shows for a person by the title or article before a mention
     * ("Mme Kallas", "la porte-parole Claire Martin", "M. Kirby"), or null.
     */
    private String genderBefore(int t) {
        for (int k = t - 1; k >= 0 && k >= t - 5; k--) {
            String n = view.norm(k);
            if (n.equals("mme") || n.equals("madame") || n.equals("mlle")) {
                return "f";
            }
            if (n.equals("m") || n.equals("monsieur")) {
                return "m";
            }
            if ((n.equals("la") || n.equals("le")) && PERSON_ROLES.contains(
                    singular(view.norm(k + 1)))) {
                return n.equals("la") ? "f" : "m";
            }
            if (view.isPunct(k, ".;:!?") && !(k > 0 && isTitle(view.norm(k - 1)))) {
                return null;
            }
        }
        return null;
    }

    /** The gender ("f", "m") or the plural ("p") the article of a phrase shows, or null. */
    private String gender(int token) {
        String n = view.norm(token);
        if (n.equals("les") || n.equals("des") || n.equals("ces")) {
            return "p";
        }
        if (n.equals("la") || n.equals("une") || n.equals("cette")) {
            return "f";
        }
        return n.equals("le") || n.equals("un") || n.equals("ce") || n.equals("cet") ? "m" : null;
    }

    private Remembered latestPerson(int before) {
        return latestPerson(before, null);
    }

    private Remembered latestPerson(int before, String wanted) {
        Remembered best = null;
        for (Remembered r : persons) {
            if (r.token() < before && !inClaim.test(r.token())
                    && (wanted == null || agrees(r.entity(), wanted))
                    && (best == null || r.token() > best.token())) {
                best = r;
            }
        }
        return best;
    }

    private Entity lastPerson(int before, boolean anyPosition) {
        Remembered best = latestPerson(before);
        if (anyPosition) {
            for (Mention m : view.doc.mentions()) {
                int t = view.firstAtOrAfter(m.span().start());
                if (m.entity().type() == EntityType.PERSON && t < before
                        && (best == null || t > best.token())) {
                    best = new Remembered(t, null, m.entity());
                }
            }
        }
        return best == null ? null : best.entity();
    }

    private Mention latestOrganization(int before) {
        Mention best = null;
        for (Mention m : view.doc.mentions()) {
            if (m.entity().type() == EntityType.ORGANIZATION
                    && view.firstAtOrAfter(m.span().start()) < before
                    && (best == null || m.span().start() > best.span().start())) {
                best = m;
            }
        }
        return best;
    }

    private static Remembered latest(List<Remembered> list, int before, String key) {
        Remembered best = null;
        for (Remembered r : list) {
            if (r.token() < before && (key == null || key.equals(r.key()))
                    && (best == null || r.token() > best.token())) {
                best = r;
            }
        }
        return best;
    }

    /** Index of the head noun: after determiners and preposed adjectives. */
    private int headIndex(int a, int b) {
        int h = a;
        while (h < b && (DEFINITE.contains(view.norm(h)) || INDEFINITE.contains(view.norm(h))
                || PREPOSED.contains(view.norm(h)))) {
            h++;
        }
        return h;
    }

    static String singular(String norm) {
        if (norm.length() > 3 && (norm.endsWith("s") || norm.endsWith("x"))) {
            String s = norm.substring(0, norm.length() - 1);
            return s;
        }
        return norm;
    }

    /** Capitalized words after a media noun and its adjectives ("officielle KCNA"), or null. */
    private String capitalizedRun(int from, int b) {
        int t = from;
        while (t < b && view.isWord(t) && !view.get(t).isCapitalized() && t < from + 2) {
            t++;
        }
        int end = t;
        while (end < b && view.isWord(end) && view.get(end).isCapitalized()) {
            end++;
        }
        return end > t ? view.text(t, end - 1) : null;
    }

    /** The first word after "de"/"du"/"des" that follows a head noun and its adjectives. */
    private int complementStart(int from, int b) {
        for (int t = from; t < b && t < from + 4; t++) {
            String n = view.norm(t);
            if (n.equals("de") || n.equals("du") || n.equals("des") || n.equals("d'")) {
                return t + 1 < b ? t + 1 : -1;
            }
            if (!view.isWord(t) || view.get(t).isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isMentionStart(int t) {
        Mention m = view.mentionOf(t);
        return m != null && m.span().start() == view.get(t).start();
    }

    /** True when the token sits after a preposition, as a complement of the head noun. */
    private boolean inComplement(int t, int a) {
        int p = t - 1;
        while (p >= a && DEFINITE.contains(view.norm(p))) {
            p--;
        }
        return p >= a && PREPOSITIONS.contains(view.norm(p));
    }

    private List<Mention> subjectMentions(int a, int b, EntityType type) {
        List<Mention> out = new ArrayList<>();
        for (int t = a; t < b; t++) {
            Mention m = view.mentionOf(t);
            if (m == null || m.kind() == Mention.Kind.DEMONYM || out.contains(m)) {
                continue;
            }
            int start = view.firstAtOrAfter(m.span().start());
            if (start < a || inComplement(start, a)) {
                continue;
            }
            if (type == null || m.entity().type() == type) {
                out.add(m);
            }
        }
        return out;
    }

    /** The first mention, or all of them when joined by "et" ("Poutine et Loukachenko"). */
    private List<Mention> coordinated(List<Mention> ms) {
        if (ms.size() < 2) {
            return ms;
        }
        List<Mention> out = new ArrayList<>();
        out.add(ms.get(0));
        for (int i = 1; i < ms.size(); i++) {
            int prevEnd = view.firstAtOrAfter(ms.get(i - 1).span().end());
            int start = view.firstAtOrAfter(ms.get(i).span().start());
            boolean joined = false;
            for (int t = prevEnd; t < start; t++) {
                if (view.norm(t).equals("et")) {
                    joined = true;
                }
            }
            if (!joined || out.get(out.size() - 1).entity().equals(ms.get(i).entity())) {
                break;
            }
            out.add(ms.get(i));
        }
        return out;
    }

    private Mention leadingMention(int a, int b) {
        int h = a;
        while (h < b && DEFINITE.contains(view.norm(h))) {
            h++;
        }
        Mention m = view.mentionOf(h);
        if (m != null && m.kind() != Mention.Kind.DEMONYM
                && view.firstAtOrAfter(m.span().start()) <= h) {
            return m;
        }
        return null;
    }

    private Mention firstMention(int a, int b, boolean skipDemonyms) {
        for (int t = a; t < b; t++) {
            Mention m = view.mentionOf(t);
            if (m != null && (!skipDemonyms || m.kind() != Mention.Kind.DEMONYM)
                    && m.entity().type() != EntityType.PLACE) {
                return m;
            }
        }
        return null;
    }

    private String parenthesizedAcronym(int a, int b) {
        for (int t = a; t + 2 < b + 1 && t + 2 < view.size(); t++) {
            if (view.isPunct(t, "(") && view.isWord(t + 1) && view.isPunct(t + 2, ")")
                    && view.get(t + 1).isCapitalized()) {
                return view.get(t + 1).text();
            }
        }
        return null;
    }

    /**
     * A person named by capitalized words that the linker left unlinked ("Dmitri Peskov",
     * "Charles Q. Brown"), or by a surname a known person carries ("M. Kirby").
     */
    private Entity nameRun(int a, int b) {
        for (int t = a; t < b; t++) {
            if (!startsName(t)) {
                continue;
            }
            int end = t;
            while (end < b && (isNameWord(end) || isInitial(end))) {
                end += isInitial(end) ? 2 : 1;
            }
            end = Math.min(end, b);
            int words = 0;
            for (int k = t; k < end; k++) {
                if (view.isWord(k)) {
                    words++;
                }
            }
            boolean titled = t > a && TITLES.contains(view.norm(t - 1));
            if (words >= 2 || titled || (words == 1 && end - t == 1)) {
                String name = view.text(t, end - 1);
                Entity known = knownPerson(view.get(end - 1).norm());
                if (known != null) {
                    return known;
                }
                if (words >= 2 || titled) {
                    Entity e = new Entity(EntityType.PERSON, name, null, null);
                    namedPersons.add(e);
                    return e;
                }
            }
            t = end;
        }
        return null;
    }

    private boolean startsName(int t) {
        return isNameWord(t) && !NOT_NAMES.contains(view.norm(t))
                && view.mentionOf(t) == null;
    }

    private boolean isNameWord(int t) {
        if (t >= view.size() || !view.isWord(t) || !view.get(t).isCapitalized()) {
            return false;
        }
        String n = view.norm(t);
        return !NOT_NAMES.contains(n) || n.equals("etat");
    }

    private boolean isInitial(int t) {
        return t + 1 < view.size() && view.isWord(t) && view.get(t).text().length() == 1
                && view.get(t).isCapitalized() && view.isPunct(t + 1, ".");
    }

    /** An earlier person, linked or not, whose name ends with this surname. */
    private Entity knownPerson(String surnameNorm) {
        for (Mention m : view.doc.mentions()) {
            if (m.entity().type() == EntityType.PERSON && endsWithWord(m.entity().label(),
                    surnameNorm)) {
                return m.entity();
            }
        }
        for (Entity e : namedPersons) {
            if (endsWithWord(e.label(), surnameNorm)) {
                return e;
            }
        }
        return null;
    }

    private static boolean endsWithWord(String label, String norm) {
        String l = TextNorm.normWord(label);
        return l.equals(norm) || l.endsWith(" " + norm);
    }

    /**
     * Persons introduced with their title ("le secrétaire d'État américain Antony Blinken",
     * "Florence Marchal, porte-parole de la Monusco"), so that a later title alone finds them.
     */
    private void rememberTitledPersons() {
        int n = view.size();
        for (int t = 0; t < n; t++) {
            Mention m = view.mentionOf(t);
            Entity person = null;
            int end = t;
            if (m != null && m.entity().type() == EntityType.PERSON
                    && view.firstAtOrAfter(m.span().start()) == t) {
                person = m.entity();
                end = view.firstAtOrAfter(m.span().end());
            } else if (m == null && startsName(t) && t > 0 && titleBefore(t) != null) {
                end = t;
                while (end < n && (isNameWord(end) || isInitial(end))) {
                    end += isInitial(end) ? 2 : 1;
                }
                if (end - t >= 2) {
                    person = new Entity(EntityType.PERSON, view.text(t, end - 1), null, null);
                    namedPersons.add(person);
                }
            }
            if (person == null) {
                continue;
            }
            String role = titleBefore(t);
            if (role == null && end + 1 < n && view.isPunct(end, ",")) {
                String after = singular(view.norm(end + 1));
                if (PERSON_ROLES.contains(after)) {
                    role = after;
                }
            }
            if (role != null) {
                roles.add(new Remembered(t, role, person));
            }
            t = Math.max(t, end - 1);
        }
    }

    /**
     * Persons named as the subject of a clause (not after a preposition, not quoted), the
     * antecedents of a later "il"; and organizations introduced as a newspaper or a report's
     * author ("un article du Wall Street Journal"), which a later "le journal" means.
     */
    private void rememberSubjectsAndSources() {
        for (Mention m : view.doc.mentions()) {
            int t = view.firstAtOrAfter(m.span().start());
            if (t >= view.size() || view.quoteOf(t) >= 0 || m.kind() == Mention.Kind.DEMONYM) {
                continue;
            }
            if (m.entity().type() == EntityType.PERSON) {
                String g = genderBefore(t);
                if (g != null) {
                    genders.putIfAbsent(m.entity(), g);
                }
                if (!inComplement(t, Math.max(0, t - 3))) {
                    persons.add(new Remembered(t, null, m.entity()));
                }
            }
            if (m.entity().type() == EntityType.ORGANIZATION) {
                for (int k = t - 1; k >= 0 && k >= t - 4; k--) {
                    String key = singular(view.norm(k));
                    if (MEDIA_HEADS.contains(key) || DOCUMENT_HEADS.contains(key)) {
                        sources.add(new Remembered(t, null, m.entity()));
                        break;
                    }
                }
            }
        }
    }

    /** The title noun in the few words before a name ("le président russe Vladimir …"). */
    private String titleBefore(int t) {
        for (int k = t - 1; k >= 0 && k >= t - 7; k--) {
            Token tok = view.get(k);
            if (tok.kind() == Token.Kind.PUNCT && !view.isPunct(k, ",-")) {
                return null;
            }
            String key = singular(tok.norm());
            if (PERSON_ROLES.contains(key) && !ANONYMOUS_HEADS.contains(key)) {
                return key;
            }
            if (tok.kind() == Token.Kind.WORD && ARTICLES.contains(tok.norm()) && k < t - 1
                    && !PREPOSITIONS.contains(view.norm(k - 1))) {
                // a determiner that opens the phrase: its head is the next word
                String next = singular(view.norm(k + 1));
                while (PREPOSED.contains(next) && k + 2 < t) {
                    k++;
                    next = singular(view.norm(k + 1));
                }
                return PERSON_ROLES.contains(next) ? next : null;
            }
        }
        return null;
    }

    private String description(int a, int b) {
        int end = b;
        for (int t = a + 1; t < b; t++) {
            String n = view.norm(t);
            if (view.isPunct(t, ",;:(") || n.equals("qui") || n.equals("ayant")
                    || n.equals("dont") || n.equals("s'") || n.equals("se") || (n.endsWith("ant") && !PERSON_ROLES.contains(n)
                    && !ANONYMOUS_HEADS.contains(singular(n)) && t > a + 1)) {
                end = t;
                break;
            }
        }
        String s = view.text(a, end - 1);
        if (DEFINITE.contains(view.norm(a)) || INDEFINITE.contains(view.norm(a))) {
            s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private String label(int a, int b) {
        int start = a;
        while (start < b - 1 && DEFINITE.contains(view.norm(start))) {
            start++;
        }
        String d = description(start, b);
        return Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    private Entity anonymousEntity(String description) {
        return new Entity(EntityType.ANONYMOUS, description, null, null);
    }
}
