package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.Gazetteer;
import org.sitrep.model.Deployment;
import org.sitrep.model.Deployment.Category;
import org.sitrep.model.Deployment.Status;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;
import org.sitrep.model.Token;

/**
 * Counted troop and materiel movements with sender, origin, destinations and status.
 *
 * <p>A deployment is read where a sentence holds a counted military noun ("plus de 200
 * personnes", "un millier de militaires", "quatre bombardiers") together with a word of
 * movement or presence (envoyer, déployer, stationnés, retrait, contingent, il y a …). The
 * sender is found as a reader finds it: a demonym or an owning organization in the counted
 * phrase ("soldats américains", "casques bleus"), the subject of the movement verb, the agent
 * after "par", the speaker of the claim that carries it, then the context of the article. A
 * clear movement of a military unit without any count ("Washington pourrait envoyer ses
 * troupes") gives a deployment with a vague quantity.
 */
final class DeploymentExtractor {

    /** Alliances and international organizations that field forces, by Wikidata id. */
    private static final Set<String> FORCE_OWNERS = Set.of(
            "Q7184",   // NATO
            "Q1065",   // United Nations
            "Q458",    // European Union
            "Q7159",   // African Union
            "Q193272", // ECOWAS
            "Q318693"  // CSTO
    );

    /** The Security Council's forces are the United Nations' (id from the gazetteer). */
    private static final String SECURITY_COUNCIL = "Q37470";

    /** US bodies whose moves are the United States' (ids from the gazetteer). */
    private static final Set<String> US_BODIES = Set.of("Q11209", "Q11208", "Q35525", "Q789915");

    private static final String UNITED_STATES = "Q30";
    private static final String UNITED_NATIONS = "Q1065";
    private static final String EUROPEAN_UNION = "Q458";

    /** Words of movement or presence, by normalized stem. */
    private static final List<String> TRIGGER_STEMS = List.of("envo", "enverr", "renvo", "deploi",
            "deploy", "redeploy", "redeploi", "depech", "transfer", "stationn", "amass", "massent",
            "masser", "massé", "positionn", "prepositionn", "renfor", "retir", "retrait", "rapatri",
            "achemin", "mobilis", "rentr", "impliqu", "rassembl", "concentr", "regroup", "patrouill", "particip", "reaffect", "rejoin", "rejoint", "arriv",
            "quitt", "evacu", "relev", "rotation", "accroi", "augment", "redui", "reduction",
            "maintien", "mainten", "retour", "present", "presence", "abrit", "accueill", "heberg",
            "trouv", "contingent", "effectif", "mission", "exercice", "manoeuvre", "dirig",
            "engag", "install", "dispos", "compte", "comptent", "base", "bases", "fourni", "promi", "promet",
            "contribu", "atterri", "accompagn", "appareill", "opere", "operent", "operaient", "combatt",
            "amene", "amener", "amenent", "atteindr", "atteint", "debarqu", "depart", "partir", "parti",
            "viendr", "vienn", "venus", "venues");

    /** How many tokens from a count its movement or presence word may stand. */
    private static final int TRIGGER_REACH = 12;

    /** Nouns whose holder speaks or acts for the entity after "de" ("le porte-parole du Pentagone"). */
    private static final Set<String> ROLE_NOUNS = Set.of("responsable", "responsables", "chef",
            "chefs", "porte-parole", "ministre", "ministere", "secretaire", "president", "presidente",
            "gouvernement", "administration", "armee", "armees", "etat-major", "commandant",
            "commandement", "dirigeants", "premier", "chancelier", "forces", "marine", "aviation",
            "troupes", "officiels", "diplomatie", "departement");

    private static final Set<String> TITLES = Set.of("m", "mme", ".", "premier", "premiere", "haut",
            "haute", "nouveau", "nouvelle", "ancien", "ancienne", "general", "colonel", "amiral",
            "vice-president", "secretaire", "d'etat", "defense", "la");

    /** Words after which a name starts a clause as its subject. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("", ",", "et", "que", "qu'", "ou",
            "mais", "dont", "lorsque", "si", "puisque", "quand", "car", "donc", "alors", ":", "«",
            "\"", "“", "-", "—", ";", "lequel", "laquelle", "lesquels", "lesquelles", "ainsi");

    /** Nouns that count people of any trade: soldiers only in a military sentence. */
    private static final Set<String> GENERIC_PEOPLE = Set.of("personne", "personnes", "personnel",
            "personnels", "homme", "hommes", "membre", "membres", "agent", "agents", "specialiste",
            "specialistes", "experts", "elements");

    private static final List<String> MILITARY_WORDS = List.of("milit", "soldat", "troupe", "armee",
            "defense", "forces", "force", "contingent", "bataillon", "brigade", "casque", "otan", "nato",
            "marine", "aerien", "naval", "guerre", "combat", "operation", "mission", "deploi", "deploy",
            "renfort", "garnison", "base", "front", "frontiere", "manoeuvre", "exercice", "etat-major",
            "pentagone");

    /** Words that give a force's size more than its place: a count near only these needs a place. */
    private static final List<String> WEAK_TRIGGERS = List.of("compte", "comptent", "compter",
            "dispos", "atteindr", "atteint", "engag", "mobilis");

    /** Verbs of arms transfer: materiel delivered or sold is no deployment. */
    private static final List<String> TRANSFER_STEMS = List.of("livr", "vend", "cede", "ceder",
            "offr", "fourni", "donn", "achet", "command", "recu", "recoi", "recev");

    /** Staying is presence: "200 d'entre eux resteront sur place". */
    private static final Set<String> STAY_WORDS = Set.of("reste", "restent", "restera", "resteront",
            "resterait", "resteraient", "rester", "demeure", "demeurent", "demeureront");

    private static final Set<String> MASS_WORDS = Set.of("masse", "masses", "massee", "massees",
            "masser", "massent", "amasse", "amasses", "amassee", "amassees", "amasser");

    /** Verbs and nouns after which a military unit is moved even without a count. */
    private static final List<String> MOVEMENT_STEMS = List.of("envo", "enverr", "renvo",
            "deploi", "deploy", "redeploy", "redeploi", "depech", "transfer", "stationn", "positionn",
            "retir", "retrait", "rapatri", "achemin", "mass", "amass", "renfor", "presence");

    /** Units that make a count-less movement worth a (vague) deployment. */
    private static final Set<String> VAGUE_UNITS = Set.of("troupes", "soldats", "militaires", "soldat",
            "forces", "instructeurs", "formateurs", "renforts", "contingent", "contingents",
            "brigade", "brigades", "bataillon", "bataillons", "specialistes", "conseillers",
            "casques", "marines", "parachutistes", "mission", "presence");

    private static final List<String> CASUALTY_STEMS = List.of("tue", "tuan", "bless", "mort",
            "disparu", "decede", "manque", "captur", "prisonnier", "otage", "victime", "abattu", "detrui",
            "perdu", "perte", "bilan", "enlev", "kidnapp", "massacr", "assassin");

    private static final Set<String> CASUALTY_WORDS = Set.of("deces", "peri", "peris", "perir",
            "perissent", "noyes", "executes");

    private static final List<String> TRAINING_STEMS = List.of("form", "entrain", "instrui",
            "instruction", "recrut");

    private static final Set<String> LOCATIVE = Set.of("en", "au", "aux", "a", "vers", "dans", "sur",
            "jusqu'", "pour", "chez");

    private static final Set<String> FROM = Set.of("de", "d'", "du", "des", "depuis");

    private static final Set<String> PREPOSITIONS = Set.of("en", "au", "aux", "a", "vers", "dans",
            "sur", "jusqu'", "pour", "chez", "de", "d'", "du", "des", "depuis", "contre", "avec",
            "par", "entre", "selon", "sans", "sous", "apres", "avant", "malgre", "face", "envers",
            "pres", "outre", "parmi", "comme", "autour");

    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'");

    /** Adverbs that stand between an auxiliary and its participle. */
    private static final Set<String> ADVERBS = Set.of("ete", "deja", "encore", "bien", "aussi",
            "egalement", "toujours", "ensuite", "finalement", "effectivement", "recemment", "officiellement",
            "notamment", "alors", "enfin", "pourtant", "tout", "ainsi");

    /** Determiners that make the next word a noun ("une base", not "basés"). */
    private static final Set<String> NOUN_DETERMINERS = Set.of("une", "un", "la", "sa", "des", "leur",
            "leurs", "ses", "son", "notre", "nos");

    /** What may follow a bare number that takes its noun from a neighbour ("et 2000 en Syrie"). */
    private static final Set<String> ELLIPSIS_FOLLOWERS = Set.of("en", "au", "aux", "a", "dans",
            "vers", "sur", "pour", "depuis", "et", "ou", "stationnes", "deployes", "envoyes",
            "presents", "engages", "supplementaires", "additionnels", "autres", "environ",
            "actuellement", "deja", "positionnes", "mobilises", "stationnees", "deployees");

    private static final List<String> HOST_STEMS = List.of("abrit", "accueill", "heberg");

    private static final List<String> WITHDRAWAL_STEMS = List.of("retir", "retrait", "rapatri",
            "quitt", "evacu", "redui", "reduction", "reduire", "depart", "rentr", "partir", "partiront",
            "partira", "partent", "viendr", "vienn", "venus", "venues");

    private static final Set<String> REGION_WORDS = Set.of("region", "zone");

    /** Nouns naming a part of a place: "dans le nord de", "à la frontière de", "sur le sol de". */
    private static final Set<String> PART_NOUNS = Set.of("nord", "sud", "est", "ouest", "nord-est",
            "nord-ouest", "sud-est", "sud-ouest", "centre", "frontiere", "frontieres", "region", "cote",
            "cotes", "territoire", "sol", "partie", "province", "provinces", "environs", "capitale",
            "base", "bases", "ville", "port", "eaux", "espace", "ciel", "flanc", "coeur", "interieur",
            "periphérie", "peripherie", "sein", "ensemble", "reste", "pourtour", "littoral");

    /** Grounds and sites that a demonym can qualify: "le sol congolais", "l'aéroport polonais". */
    private static final Set<String> SITE_NOUNS = Set.of("sol", "territoire", "eaux", "ciel", "espace",
            "frontiere", "frontieres", "aeroport", "base", "bases", "port", "camp", "ville", "capitale",
            "cote", "cotes", "littoral", "flanc");

    /** Words of vicinity before "de": "près de X", "autour de X", "au large de X". */
    private static final Set<String> VICINITY = Set.of("pres", "autour", "large", "abords", "proximite",
            "long", "portes", "alentours");
    private static final Set<String> COUNTRY_WORDS = Set.of("pays", "territoire");

    private final Gazetteer gazetteer;

    /** @param gazetteer the pipeline's gazetteer: demonyms and the countries of people and places */
    DeploymentExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void extract(Document doc) {
        new Run(doc).extract();
    }

    private static boolean isForceOwner(Entity e) {
        return e.wikidata() != null && FORCE_OWNERS.contains(e.wikidata());
    }

    /** UN missions are named "Mission des Nations unies …": Minusma, Monusco, Minusca, Finul. */
    private static boolean isUnMission(Entity e) {
        return e.type() != EntityType.PERSON && e.wikidata() == null
                && e.label().toLowerCase().matches("(minus|monus|minur|manu|finul)[a-z]*");
    }

    private static boolean isUsBody(Entity e) {
        return e.wikidata() != null && US_BODIES.contains(e.wikidata());
    }

    /** One document's extraction: its token and mention indexes and running context. */
    private final class Run {

        private final Document doc;
        private final List<Token> tokens;
        private final List<Mention> mentions;
        /** Token index range of each mention. */
        private final int[] mentionStart;
        private final int[] mentionEnd;
        private final Map<Integer, Integer> mentionAtToken = new HashMap<>();
        private final Map<String, Deployment> counted = new LinkedHashMap<>();
        private final Set<String> vagueSeen = new HashSet<>();
        /** The last sender named as a subject in an earlier sentence, and that sentence. */
        private Entity lastActor;
        private int lastActorSentence = -10;
        private int sentenceIndex;
        /** The last destination each sender was given. */
        private final Map<String, List<Entity>> lastDestinations = new HashMap<>();
        /** Forces named by an acronym that the article ties to their alliance: "la force de l'OTAN (KFOR)". */
        private final Map<String, Entity> forceOfAlliance = new HashMap<>();
        /** The destinations of the article's last counted movement, whoever made it. */
        private List<Entity> lastArticleDestinations;

        Run(Document doc) {
            this.doc = doc;
            this.tokens = doc.tokens();
            this.mentions = new ArrayList<>(doc.mentions());
            mentions.sort((a, b) -> a.span().compareTo(b.span()));
            mentionStart = new int[mentions.size()];
            mentionEnd = new int[mentions.size()];
            for (int m = 0; m < mentions.size(); m++) {
                Span s = mentions.get(m).span();
                mentionStart[m] = doc.tokenAtOrAfter(s.start());
                mentionEnd[m] = doc.tokenAtOrAfter(s.end());
                for (int t = mentionStart[m]; t < mentionEnd[m]; t++) {
                    mentionAtToken.putIfAbsent(t, m);
                }
            }
            for (int m = 1; m < mentions.size(); m++) {
                Entity e = mentions.get(m).entity();
                Entity before = mentions.get(m - 1).entity();
                if (e.type() == EntityType.ORGANIZATION && e.wikidata() == null && isForceOwner(before)
                        && norm(mentionStart[m] - 1).equals("(") && mentionEnd[m - 1] == mentionStart[m] - 1) {
                    forceOfAlliance.putIfAbsent(e.label(), before);
                }
            }
        }

        void extract() {
            int t = 0;
            for (Span sentence : doc.sentences()) {
                while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                    t++;
                }
                int from = t;
                while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) {
                    t++;
                }
                if (from < t && !doc.isFurniture(sentence.start())) {
                    sentence(from, t);
                }
            }
            for (Deployment d : counted.values()) {
                doc.addDeployment(d);
            }
        }

        /** A counted unit in a sentence, before its sender and places are known. */
        private record Count(FrenchNumbers.Match amount, int unitStart, int unitEnd, int head,
                             Category category, String unit) {
        }

        private void sentence(int from, int to) {
            sentenceIndex++;
            List<Count> counts = counts(from, to);
            List<Integer> triggers = triggers(from, to);
            Entity subjectHere = null;
            if (!triggers.isEmpty()) {
                boolean[] near = nearTrigger(counts, triggers, from, to);
                for (int c = 0; c < counts.size(); c++) {
                    Count count = counts.get(c);
                    if (!near[c] || isCasualty(count, from, to) || isTraining(count, from) || isCallUp(count)
                            || isCivilian(count, from, to)
                            || isChangeOfStrength(count, from, to) || isArmsTransfer(count, from, to)
                            ) {
                        continue;
                    }
                    int segmentEnd = c + 1 < counts.size() ? counts.get(c + 1).amount().first() : to;
                    int segmentStart = c > 0 ? counts.get(c - 1).unitEnd() : from;
                    int trigger = nearestTrigger(triggers, count.amount().first());
                    List<Entity> senders = senders(count, counts, c, from, to, trigger);
                    if (senders.isEmpty()) {
                        continue;
                    }
                    subjectHere = senders.get(0);
                    emit(count, counts, c, senders, from, to, segmentStart, segmentEnd, trigger);
                }
                vagueMovements(from, to, counts);
            }
            Entity actor = firstSubject(from, to);
            if (actor != null || subjectHere != null) {
                lastActor = actor != null ? actor : subjectHere;
                lastActorSentence = sentenceIndex;
            }
        }

        /**
         * Which counts stand near a movement or presence word: within a short reach (the same
         * clause, in practice; a parenthesis does not count), or in one list with such a count
         * ("plus de 80 avions, 760 véhicules … participent"), or elaborating it ("des milliers
         * de militaires, notamment quatre bombardiers"), or elided from it ("et 2000 en Syrie").
         */
        private boolean[] nearTrigger(List<Count> counts, List<Integer> triggers, int from, int to) {
            boolean[] near = new boolean[counts.size()];
            for (int c = 0; c < counts.size(); c++) {
                Count count = counts.get(c);
                int start = count.amount().first();
                int end = Math.max(count.unitEnd(), count.amount().end());
                boolean weakOnly = true;
                for (int t : triggers) {
                    int distance = t < start ? distance(t, start) : t >= end ? distance(end, t) : 0;
                    if (distance <= TRIGGER_REACH) {
                        near[c] = true;
                        weakOnly &= DeploymentStatus.startsWithAny(norm(t), WEAK_TRIGGERS);
                    }
                }
                if (near[c] && weakOnly && !isPlacedInClause(count, from, to)) {
                    near[c] = false; // "la Corée du Sud compte 500 000 soldats": a size, placed nowhere
                }
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int c = 1; c < counts.size(); c++) {
                    Count previous = counts.get(c - 1);
                    Count count = counts.get(c);
                    boolean linked = continuesEnumeration(previous, count);
                    if (linked && (near[c] || near[c - 1])) {
                        near[c] = near[c - 1] = true;
                    }
                    if (near[c - 1] && (count.unitStart() == count.unitEnd() || elaborates(previous, count))) {
                        near[c] = true;
                    }
                }
            }
            return near;
        }

        /** Tokens between two positions, leaving out parenthesized asides. */
        private int distance(int from, int to) {
            int d = 0;
            int depth = 0;
            for (int k = from; k < to; k++) {
                String n = norm(k);
                if (n.equals("(")) {
                    depth++;
                } else if (n.equals(")")) {
                    depth = Math.max(0, depth - 1);
                } else if (depth == 0) {
                    d++;
                }
            }
            return d;
        }

        private boolean elaborates(Count previous, Count count) {
            for (int k = Math.max(previous.unitEnd(), previous.amount().end()); k < count.amount().first(); k++) {
                if (Set.of("notamment", "dont", "compris", "soit", "parmi", "comprenant", "incluant").contains(norm(k))) {
                    return true;
                }
            }
            return false;
        }

        /** "16.215 militaires, 660 observateurs et 391 policiers": only lists between them. */
        private boolean continuesEnumeration(Count previous, Count count) {
            for (int k = Math.max(previous.unitEnd(), previous.amount().end()); k < count.amount().first(); k++) {
                String n = norm(k);
                if (!Set.of(",", "et", "dont", "ainsi", "que", "(", ")", ".", "ou").contains(n)) {
                    return false;
                }
            }
            return true;
        }

        // ---- counts and units

        private List<Count> counts(int from, int to) {
            List<Count> counts = new ArrayList<>();
            int unitsEnd = from;
            for (FrenchNumbers.Match m : FrenchNumbers.find(tokens.subList(from, to), doc.text())) {
                FrenchNumbers.Match abs = new FrenchNumbers.Match(m.quantity(), m.first() + from, m.end() + from);
                if (abs.first() < unitsEnd) {
                    continue; // a model number inside a counted phrase ("Mirage 2000")
                }
                MilitaryUnits.Unit unit = MilitaryUnits.readAt(tokens, abs.end(), to);
                if (unit == null) {
                    unit = unitAfterNumberOf(abs.end(), to);
                }
                if (unit == null) {
                    unit = unitBeforeEstimate(abs.first(), from);
                }
                if (unit != null) {
                    int end = unit.end();
                    // demonyms right after the noun belong to the phrase ("soldats américains et polonais")
                    Integer mention = mentionAtToken.get(end);
                    while (mention != null && mentions.get(mention).kind() == Mention.Kind.DEMONYM) {
                        end = mentionEnd[mention];
                        boolean joined = end + 1 < to && (norm(end).equals("et") || norm(end).equals(","));
                        mention = joined ? mentionAtToken.get(end + 1) : null;
                        if (mention != null && (mentions.get(mention).kind() != Mention.Kind.DEMONYM
                                || mentionStart[mention] != end + 1)) {
                            mention = null;
                        }
                    }
                    counts.add(new Count(abs, unit.start(), end, unit.head(), unit.category(),
                            text(unit.start(), end)));
                    unitsEnd = end;
                } else {
                    counts.add(new Count(abs, -1, -1, -1, null, null));
                }
            }
            // a bare number takes the noun of its neighbour: "4300 soldats au Mali et 1200 au Niger",
            // "passé de 235 à 190 militaires"
            List<Count> resolved = new ArrayList<>();
            for (int c = 0; c < counts.size(); c++) {
                Count count = counts.get(c);
                if (count.unit() != null) {
                    resolved.add(count);
                    continue;
                }
                if (count.amount().quantity().value() == null || !isEllipsis(count.amount().end(), to)) {
                    continue;
                }
                Count model = null;
                if (!resolved.isEmpty()) {
                    model = resolved.get(resolved.size() - 1);
                } else if (c + 1 < counts.size() && counts.get(c + 1).unit() != null
                        && norm(count.amount().end()).equals("a")) {
                    model = counts.get(c + 1);
                }
                if (model != null) {
                    int end = count.amount().end();
                    resolved.add(new Count(count.amount(), end, end, model.head(), model.category(), model.unit()));
                } else if (isAmongThem(count.amount().end()) && lastCounted() != null) {
                    // "Environ 200 d'entre eux resteront": part of the last counted unit
                    Deployment previous = lastCounted();
                    int end = count.amount().end();
                    resolved.add(new Count(count.amount(), end, end, -1, previous.category(), previous.unit()));
                }
            }
            return resolved;
        }

        /** "ramener à 300 le nombre de ses militaires": the noun comes after "le nombre de". */
        private MilitaryUnits.Unit unitAfterNumberOf(int k, int to) {
            if (!norm(k).equals("le") || !norm(k + 1).equals("nombre") || !(norm(k + 2).equals("de")
                    || norm(k + 2).equals("d'"))) {
                return null;
            }
            int j = k + 3;
            if (Set.of("ses", "leurs", "leur", "des", "les", "nos", "ces", "vos").contains(norm(j))) {
                j++;
            }
            return MilitaryUnits.readAt(tokens, j, to);
        }

        /**
         * "des soldats nord-coréens, estimés à 10 000", "le nombre de soldats américains en
         * Europe atteint 100 000": the noun stands before its count.
         */
        private MilitaryUnits.Unit unitBeforeEstimate(int first, int from) {
            boolean cue = false;
            for (int k = first - 1; k >= Math.max(from, first - 10); k--) {
                String n = norm(k);
                if (DeploymentStatus.startsWithAny(n, List.of("estim", "evalu", "chiffr", "atteint", "atteindr", "s'eleve", "eleve"))) {
                    cue = true;
                }
                if (cue && MilitaryUnits.category(tokens, k, first) != null) {
                    MilitaryUnits.Unit unit = MilitaryUnits.readAt(tokens, k, first);
                    return unit != null && unit.start() == k ? unit : null;
                }
            }
            return null;
        }

        private boolean isAmongThem(int k) {
            return norm(k).equals("d'") && norm(k + 1).equals("entre")
                    && (norm(k + 2).equals("eux") || norm(k + 2).equals("elles"));
        }

        private Deployment lastCounted() {
            Deployment last = null;
            for (Deployment d : counted.values()) {
                if (d.quantity().value() != null) {
                    last = d;
                }
            }
            return last;
        }

        private boolean isEllipsis(int next, int to) {
            if (next >= to) {
                return true;
            }
            Token t = tokens.get(next);
            if (t.kind() == Token.Kind.PUNCT) {
                return !t.text().equals("%");
            }
            if (t.norm().equals("de") && norm(next + 1).equals("plus") || isAmongThem(next)) {
                return true;
            }
            // "Sur les 36 000 militaires, 6 400 rentreront": a verb right after the number
            return ELLIPSIS_FOLLOWERS.contains(t.norm()) || DeploymentStatus.isAuxiliary(t.norm())
                    || t.norm().matches("[a-z]+(ront|ent|ont|aient|ait)") && MilitaryUnits.category(tokens, next, to) == null
                        && !t.norm().matches(".*ment");
        }

        private boolean isCasualty(Count count, int from, int to) {
            int start = Math.max(from, count.amount().first() - 3);
            int end = Math.min(to, Math.max(count.unitEnd(), count.amount().end()) + 7);
            for (int k = start; k < end; k++) {
                if (k >= count.amount().first() && k < count.amount().end()) {
                    continue;
                }
                if (isCasualtyWord(tokens.get(k).norm())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isCasualtyWord(String n) {
            return DeploymentStatus.startsWithAny(n, CASUALTY_STEMS) && !n.startsWith("mortier")
                    || CASUALTY_WORDS.contains(n);
        }

        /** Materiel delivered, sold or ordered is aid or trade, not a deployment ("livrer 100 véhicules"). */
        private boolean isArmsTransfer(Count count, int from, int to) {
            if (count.category() != Category.MATERIEL) {
                return false;
            }
            for (int k = Math.max(from, count.amount().first() - 4); k < count.amount().first(); k++) {
                if (DeploymentStatus.startsWithAny(norm(k), TRANSFER_STEMS) && !norm(k).startsWith("vendredi")) {
                    return true;
                }
            }
            int end = Math.max(count.unitEnd(), count.amount().end());
            for (int k = end; k < Math.min(to, end + 3); k++) {
                if (norm(k).startsWith("command") && !norm(k).startsWith("commandement")
                        && !norm(k).startsWith("commandant") || norm(k).startsWith("livr") || norm(k).startsWith("achet")
                        || norm(k).startsWith("promi") || norm(k).startsWith("fourni")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPlacedInClause(Count count, int from, int to) {
            int after = Math.max(count.unitEnd(), count.amount().end());
            int start = count.unitStart() >= 0 ? Math.min(count.unitStart(), count.amount().first()) : after;
            Places places = places(start, clauseEnd(after, to), from, false, count.amount().first());
            return !places.destinations().isEmpty() || hostPlace(from, count.amount().first()) != null;
        }

        /**
         * "200 personnes", "300 membres" count soldiers only among military words ("avions",
         * "militaire", "OTAN"); without them they may be rescuers or delegates.
         */
        private boolean isCivilian(Count count, int from, int to) {
            if (count.head() < 0 || !GENERIC_PEOPLE.contains(norm(count.head()))) {
                return false;
            }
            // the sentence and the one before it: "Kigali envisage d'y envoyer 1 500 hommes"
            for (int k = previousSentenceStart(from); k < to; k++) {
                if (k == count.head()) {
                    continue;
                }
                String n = norm(k);
                if (DeploymentStatus.startsWithAny(n, MILITARY_WORDS)
                        || MilitaryUnits.category(tokens, k, to) != null && !GENERIC_PEOPLE.contains(n)) {
                    return false;
                }
                Integer m = mentionAtToken.get(k);
                if (m != null && isForceOwner(mentions.get(m).entity())) {
                    return false;
                }
            }
            return true;
        }

        private int previousSentenceStart(int from) {
            int start = from;
            for (Span sentence : doc.sentences()) {
                if (sentence.end() <= tokens.get(from).start()) {
                    start = doc.tokenAtOrAfter(sentence.start());
                }
            }
            return start;
        }

        /** Reservists and conscripts called up make an army bigger; they are not sent anywhere yet. */
        private boolean isCallUp(Count count) {
            return count.head() >= 0 && Set.of("reservistes", "reserviste", "conscrits", "appeles", "recrues")
                    .contains(norm(count.head()));
        }

        /** "une hausse de 180 000 soldats" measures an army's growth, not a movement. */
        private boolean isChangeOfStrength(Count count, int from, int to) {
            int k = count.amount().first() - 1;
            if (k - 1 < from || !(norm(k).equals("de") || norm(k).equals("d'"))
                    || !DeploymentStatus.startsWithAny(norm(k - 1), List.of("hausse", "augmentation", "baisse",
                            "diminution", "reduction", "accroissement"))) {
                return false;
            }
            for (int j = from; j < to; j++) {
                if (isMovementWord(norm(j)) && !norm(j).startsWith("reduc") && !norm(j).startsWith("accroi")) {
                    return false;
                }
            }
            return true;
        }

        private boolean isTraining(Count count, int from) {
            for (int k = Math.max(from, count.amount().first() - 4); k < count.amount().first(); k++) {
                String n = tokens.get(k).norm();
                if (DeploymentStatus.startsWithAny(n, TRAINING_STEMS)
                        && !DeploymentStatus.startsWithAny(n, List.of("formul", "formel", "formid", "formalit", "forment"))) {
                    return true;
                }
            }
            return false;
        }

        // ---- triggers

        private List<Integer> triggers(int from, int to) {
            List<Integer> found = new ArrayList<>();
            for (int k = from; k < to; k++) {
                String n = tokens.get(k).norm();
                if (tokens.get(k).kind() != Token.Kind.WORD) {
                    continue;
                }
                boolean trigger = DeploymentStatus.startsWithAny(n, TRIGGER_STEMS) || MASS_WORDS.contains(n)
                        || STAY_WORDS.contains(n)
                        || n.equals("y") && norm(k - 1).equals("il") && norm(k + 1).startsWith("a")
                        || n.equals("partie") && norm(k - 1).startsWith("f");
                if (trigger && !isFalseTrigger(k)) {
                    found.add(k);
                }
            }
            return found;
        }

        private boolean isFalseTrigger(int k) {
            String n = norm(k);
            // "s'est engagé à livrer": a promise, not troops engaged somewhere
            return DeploymentStatus.startsWithAny(n, List.of("envol", "presentat", "comptab", "basse",
                    "dirigeant", "baser", "basee", "concentration"))
                    || n.startsWith("engag") && norm(k + 1).equals("a");
        }

        private static int nearestTrigger(List<Integer> triggers, int at) {
            int best = triggers.get(0);
            for (int t : triggers) {
                if (Math.abs(t - at) < Math.abs(best - at)) {
                    best = t;
                }
            }
            return best;
        }

        // ---- senders

        private List<Entity> senders(Count count, List<Count> counts, int c, int from, int to, int trigger) {
            // 1. the counted phrase names its owner: "casques bleus", "soldats américains"
            if (isPeacekeepers(count.head())) {
                return List.of(unitedNations());
            }
            for (int k = count.unitStart(); k >= 0 && k <= count.unitEnd(); k++) {
                if (norm(k).startsWith("europeen")) {
                    return List.of(gazetteer.byWikidata(EUROPEAN_UNION)); // "frégates européennes"
                }
            }
            List<Entity> named = new ArrayList<>();
            for (int k = count.unitStart(); k >= 0 && k < count.unitEnd(); k++) {
                Integer m = mentionAtToken.get(k);
                if (m != null && isActor(mentions.get(m)) && !named.contains(actor(mentions.get(m)))) {
                    named.add(actor(mentions.get(m)));
                }
            }
            if (!named.isEmpty()) {
                return named;
            }
            if (isOwnedByAGroup(count.unitEnd())) {
                return List.of(); // "combattants du groupe Wagner": no state to name from context
            }
            Integer owning = ownerAfterUnit(count.unitEnd());
            boolean possessed = Set.of("ses", "leurs", "nos", "son", "sa", "leur").contains(norm(count.amount().first() - 1));
            if (count.unitStart() >= 0 && owning != null && !possessed) {
                return List.of(actor(mentions.get(owning))); // "ses 900 soldats de la Minusma" are the subject's
            }
            // an elided count shares the sender of the count it continues
            if (count.unitStart() == count.unitEnd()) {
                Deployment previous = c > 0 ? lastCountedIn(from) : isAmongThem(count.amount().end()) ? lastCounted() : null;
                if (previous != null) {
                    return List.of(previous.sender());
                }
            }
            int before = count.amount().first();
            // 2. the agent of a passive: "déployés par l'OTAN"
            for (int k = count.amount().end(); k + 1 < to; k++) {
                if (norm(k).equals("par") && isMovementWord(norm(k - 1))) {
                    Integer m = mentionAfter(k + 1, to);
                    if (m != null && isActor(mentions.get(m)) && mentions.get(m).kind() != Mention.Kind.DEMONYM) {
                        return coordinated(m, to);
                    }
                }
            }
            // 3. the one asked to move ("a demandé à Belgrade de retirer"), else the subject of
            // the clause, strongest when it governs the movement verb
            Integer agent = agentOfInfinitive(from, trigger);
            if (agent != null && trigger < before) {
                return List.of(actor(mentions.get(agent)));
            }
            Integer subject = nearestSubject(from, before);
            boolean strong = subject != null && governsMovement(mentionEnd[subject], before);
            if (subject != null && strong) {
                return coordinated(subject, to);
            }
            // 4. an alliance owning the force: "groupement tactique de l'OTAN", "contingent onusien"
            if (hasWordStartingWith(from, to, "onusien")) {
                return List.of(unitedNations());
            }
            Integer owner = ownerOrganization(from, to);
            if (owner != null) {
                return List.of(actor(mentions.get(owner)));
            }
            if (subject != null) {
                return coordinated(subject, to);
            }
            // 5. a sender named after the count ("…, a annoncé le Canada", "bases russes")
            List<Entity> after = actorsAfter(Math.max(count.unitEnd(), count.amount().end()), to);
            if (!after.isEmpty()) {
                return after;
            }
            // 6. the speaker of the claim that carries it
            Statement statement = statementAt(count.amount().quantity().span());
            if (statement != null && speakerCountry(statement) != null) {
                return List.of(speakerCountry(statement));
            }
            // 7. the context: the previous sentence's subject, the force the article names
            if (lastActor != null && sentenceIndex - lastActorSentence <= 2) {
                return List.of(lastActor);
            }
            Entity owned = articleForceOwner();
            if (owned != null) {
                return List.of(owned);
            }
            if (lastActor != null) {
                return List.of(lastActor);
            }
            Entity main = mainActor();
            return main == null ? List.of() : List.of(main);
        }

        private Deployment lastCountedIn(int from) {
            Deployment last = null;
            for (Deployment d : counted.values()) {
                if (d.evidence().start() >= tokens.get(from).start()) {
                    last = d;
                }
            }
            return last;
        }

        /** The nearest mention before {@code before} that stands as a subject (no preposition). */
        private Integer nearestSubject(int from, int before) {
            Integer best = null;
            for (int m = 0; m < mentions.size(); m++) {
                if (mentionStart[m] < from || mentionEnd[m] > before) {
                    continue;
                }
                if (isSubject(m, from)) {
                    best = m;
                }
            }
            return best;
        }

        private Entity firstSubject(int from, int to) {
            for (int m = 0; m < mentions.size(); m++) {
                if (mentionStart[m] >= from && mentionEnd[m] <= to && isSubject(m, from)) {
                    return actor(mentions.get(m));
                }
            }
            return null;
        }

        /**
         * True when mention {@code m} stands where a clause's subject stands: at its start, after
         * a conjunction or "que", or as the complement of a role noun that is ("le porte-parole
         * du Pentagone", "le président américain"); a demonym counts only in the last case or as
         * a capitalized noun ("les Américains"), or when it qualifies a force ("le contingent
         * suisse").
         */
        private boolean isSubject(int m, int from) {
            Mention mention = mentions.get(m);
            if (!isActor(mention)) {
                return false;
            }
            if (isInParentheses(mentionStart[m], from)) {
                return false;
            }
            int k = mentionStart[m] - 1;
            while (k >= from && DETERMINERS.contains(norm(k))) {
                k--;
            }
            if (mention.entity().type() == EntityType.PERSON || mention.kind() != Mention.Kind.DEMONYM
                    && (k >= from && (isDemonymAt(k) || ROLE_NOUNS.contains(norm(k))))) {
                // "le président américain Joe Biden", "le porte-parole John Kirby"
                while (k >= from && (DETERMINERS.contains(norm(k)) || isDemonymAt(k)
                        || ROLE_NOUNS.contains(norm(k)) || TITLES.contains(norm(k)))) {
                    k--;
                }
            }
            String before = k >= from ? norm(k) : "";
            if (mention.kind() == Mention.Kind.DEMONYM) {
                return ROLE_NOUNS.contains(before) && isRoleInSubject(k, from)
                        || MilitaryUnits.category(tokens, Math.max(k, 0), tokens.size()) != null && k >= from
                        || VAGUE_UNITS.contains(before)
                        || tokens.get(mentionStart[m]).isCapitalized() && SUBJECT_OPENERS.contains(before);
            }
            if (SUBJECT_OPENERS.contains(before)) {
                // "entre les États-Unis et l'Iran", "entre la France, l'Allemagne et l'Italie": a
                // listed name shares the first one's preposition; "En Irak, les États-Unis …" does not
                boolean listed = before.equals("et")
                        || before.equals(",") && (norm(mentionEnd[m]).equals("et") || norm(mentionEnd[m]).equals(","));
                return !listed || !isCoordinatedAfterPreposition(k, from);
            }
            if ((before.equals("de") || before.equals("du") || before.equals("d'")) && k > from) {
                int r = k - 1;
                while (r >= from && (DETERMINERS.contains(norm(r)) || isDemonymAt(r))) {
                    r--;
                }
                return r >= from && ROLE_NOUNS.contains(norm(r)) && isRoleInSubject(r, from);
            }
            return false;
        }

        /** True when the role noun at {@code role} heads a subject ("l'administration du président"). */
        private boolean isRoleInSubject(int role, int from) {
            int k = role - 1;
            while (k >= from && (DETERMINERS.contains(norm(k)) || isDemonymAt(k) || TITLES.contains(norm(k)))) {
                k--;
            }
            if (k > from && (norm(k).equals("de") || norm(k).equals("du") || norm(k).equals("d'"))) {
                int r = k - 1;
                while (r >= from && DETERMINERS.contains(norm(r))) {
                    r--;
                }
                return r >= from && ROLE_NOUNS.contains(norm(r)) && isRoleInSubject(r, from);
            }
            return k < from || SUBJECT_OPENERS.contains(norm(k));
        }

        private boolean isInParentheses(int k, int from) {
            int depth = 0;
            for (int j = from; j < k; j++) {
                if (norm(j).equals("(")) {
                    depth++;
                } else if (norm(j).equals(")")) {
                    depth = Math.max(0, depth - 1);
                }
            }
            return depth > 0;
        }

        private boolean isCoordinatedAfterPreposition(int conj, int from) {
            if (norm(conj).equals("et") && norm(conj - 1).equals(",")) {
                return false; // ", et la Norvège a envoyé": a new clause
            }
            for (int m = mentions.size() - 1; m >= 0; m--) {
                if (mentionEnd[m] <= conj && mentionStart[m] >= from) {
                    return PREPOSITIONS.contains(prepositionBefore(mentionStart[m], from));
                }
            }
            return false;
        }

        /** True when a movement verb stands between the subject and the count. */
        private boolean governsMovement(int from, int to) {
            for (int k = from; k < to; k++) {
                String n = tokens.get(k).norm();
                boolean adjectival = n.matches(".*(e|es|ee|ees)$") && !DeploymentStatus.isAuxiliary(norm(k - 1))
                        && !norm(k - 1).equals("ete");
                if (isMovementWord(n) && !(adjectival && n.startsWith("renfor"))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isMovementWord(String n) {
            return DeploymentStatus.startsWithAny(n, MOVEMENT_STEMS) || MASS_WORDS.contains(n)
                    || DeploymentStatus.startsWithAny(n, List.of("impliqu", "accroi", "augment", "rassembl", "concentr"));
        }

        /** An alliance named as owner ("de l'OTAN") anywhere in the sentence. */
        private Integer ownerOrganization(int from, int to) {
            for (int m = 0; m < mentions.size(); m++) {
                Entity e = mentions.get(m).entity();
                if (mentionStart[m] >= from && mentionEnd[m] <= to && e.type() == EntityType.ORGANIZATION
                        && (isForceOwner(e) || e.wikidata() == null && forceOfAlliance.containsKey(e.label()))
                        && FROM.contains(prepositionBefore(mentionStart[m], from))) {
                    return m;
                }
            }
            return null;
        }

        /**
         * Senders named after the count: the subject of an inverted reporting clause ("a
         * annoncé le Canada") or, failing that, the demonyms that qualify the places or bodies
         * of the clause ("bases russes et bélarusses", "le ministère russe").
         */
        private List<Entity> actorsAfter(int start, int to) {
            List<Entity> demonyms = new ArrayList<>();
            for (int m = 0; m < mentions.size(); m++) {
                if (mentionStart[m] < start || mentionEnd[m] > to || !isActor(mentions.get(m))) {
                    continue;
                }
                if (mentions.get(m).kind() == Mention.Kind.DEMONYM) {
                    Entity e = actor(mentions.get(m));
                    if (isCompanion(mentionStart[m], start)) {
                        continue; // "aux côtés de l'armée malienne": an ally, not the sender
                    }
                    if (!demonyms.contains(e)) {
                        demonyms.add(e);
                    }
                    continue;
                }
                int k = mentionStart[m] - 1;
                while (k >= start && DETERMINERS.contains(norm(k))) {
                    k--;
                }
                if (k - 1 >= start && DeploymentStatus.isAuxiliary(norm(k - 1)) && norm(k).matches(".*(e|i|u|t)$")
                        || norm(k).equals("selon")) {
                    return coordinated(m, to);
                }
            }
            return demonyms;
        }

        /** "des troupes de l'OTAN", "soldats de l'ONU": an alliance owning the unit right after it. */
        private Integer ownerAfterUnit(int end) {
            if (end < 0 || !(norm(end).equals("de") || norm(end).equals("d'") || norm(end).equals("du")
                    || norm(end).equals("des"))) {
                return null;
            }
            Integer m = mentionAtToken.get(end + 1);
            if (m == null && DETERMINERS.contains(norm(end + 1))) {
                m = mentionAtToken.get(end + 2);
            }
            return m != null && (isForceOwner(mentions.get(m).entity()) || isUnMission(mentions.get(m).entity()))
                    ? m : null;
        }

        /**
         * The unit belongs to an armed group ("combattants du groupe Wagner"): no state to name
         * from context. A state's own army ("soldats de la Bundeswehr") is not such a group.
         */
        private boolean isOwnedByAGroup(int end) {
            if (end < 0 || !(norm(end).equals("de") || norm(end).equals("d'") || norm(end).equals("du"))) {
                return false;
            }
            int k = norm(end).equals("du") ? end + 1 : end + 2;
            return norm(k).equals("groupe") && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized();
        }

        /** "casques bleus", "soldats de la paix": the United Nations' peacekeepers. */
        private boolean isPeacekeepers(int head) {
            return norm(head).startsWith("casque")
                    || norm(head + 1).equals("de") && norm(head + 2).equals("la") && norm(head + 3).equals("paix");
        }

        private boolean isCompanion(int k, int from) {
            for (int j = k - 1; j >= from && j >= k - 5; j--) {
                String n = norm(j);
                if (n.equals("cotes") || n.equals("avec") || n.equals("contre") || n.equals("face")
                        || n.equals("aupres")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "demander à Belgrade de retirer", "exhorter Moscou à retirer": the name before the
         * infinitive's "de"/"à" is the one who would move.
         */
        private Integer agentOfInfinitive(int from, int verb) {
            String link = norm(verb - 1);
            if (!(link.equals("de") || link.equals("d'") || link.equals("a"))) {
                return null;
            }
            for (int m = 0; m < mentions.size(); m++) {
                if (mentionEnd[m] == verb - 1 && mentionStart[m] >= from && isActor(mentions.get(m))
                        && mentions.get(m).kind() != Mention.Kind.DEMONYM) {
                    String before = prepositionBefore(mentionStart[m], from);
                    return before.equals("a") || !PREPOSITIONS.contains(before) && !SUBJECT_OPENERS.contains(before)
                            ? m : null;
                }
            }
            return null;
        }

        /** The sender and those coordinated with it: "la France et le Royaume-Uni". */
        private List<Entity> coordinated(int m, int to) {
            while (m > 0 && isActor(mentions.get(m - 1)) && mentionEnd[m - 1] < mentionStart[m]) {
                int k = mentionEnd[m - 1];
                while (k < mentionStart[m] && (norm(k).equals("et") || norm(k).equals(",")
                        || DETERMINERS.contains(norm(k)))) {
                    k++;
                }
                boolean and = hasWord(mentionEnd[m - 1], mentionStart[m], "et");
                boolean comma = hasWord(mentionEnd[m - 1], mentionStart[m], ",");
                if (k != mentionStart[m] || !and && !comma || and && comma
                        || PREPOSITIONS.contains(prepositionBefore(mentionStart[m - 1], 0))) {
                    break; // not a list of subjects: ", et" opens a new clause, "en Estonie" is a place
                }
                m--;
            }
            List<Entity> all = new ArrayList<>();
            all.add(actor(mentions.get(m)));
            int end = mentionEnd[m];
            for (int next = m + 1; next < mentions.size(); next++) {
                int k = end;
                while (k < mentionStart[next] && (norm(k).equals("et") || norm(k).equals(",")
                        || DETERMINERS.contains(norm(k)))) {
                    k++;
                }
                if (k != mentionStart[next] || k == end || !isActor(mentions.get(next))
                        || mentionStart[next] >= to) {
                    break;
                }
                Entity e = actor(mentions.get(next));
                if (!all.contains(e)) {
                    all.add(e);
                }
                end = mentionEnd[next];
            }
            return all;
        }

        private boolean isActor(Mention m) {
            Entity e = m.entity();
            if (e == null) {
                return false;
            }
            if (isUnMission(e) || forceOfAlliance.containsKey(e.label()) && e.wikidata() == null) {
                return true;
            }
            return switch (e.type()) {
                case COUNTRY -> true;
                case ORGANIZATION -> isForceOwner(e) || isUsBody(e) || SECURITY_COUNCIL.equals(e.wikidata());
                case PERSON -> gazetteer.countryOf(e) != null;
                default -> false;
            };
        }

        /** The state or alliance a mention stands for as a sender: a person acts for their country. */
        private Entity actor(Mention m) {
            Entity e = m.entity();
            if (isUsBody(e)) {
                return gazetteer.byWikidata(UNITED_STATES);
            }
            if (isUnMission(e) || SECURITY_COUNCIL.equals(e.wikidata())) {
                return unitedNations();
            }
            if (e.wikidata() == null && forceOfAlliance.containsKey(e.label())) {
                return forceOfAlliance.get(e.label());
            }
            if (e.type() == EntityType.PERSON) {
                return gazetteer.countryOf(e);
            }
            return e;
        }

        private Entity unitedNations() {
            return gazetteer.byWikidata(UNITED_NATIONS);
        }

        private Entity speakerCountry(Statement s) {
            Entity speaker = s.speaker();
            if (speaker == null) {
                return null;
            }
            if (speaker.type() == EntityType.COUNTRY) {
                return speaker;
            }
            if (isForceOwner(speaker)) {
                return speaker;
            }
            if (isUsBody(speaker)) {
                return gazetteer.byWikidata(UNITED_STATES);
            }
            return gazetteer.countryOf(speaker);
        }

        /** The actor the article most often names as a subject: who the story is about. */
        private Entity mainActor() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Entity> byKey = new HashMap<>();
            int t = 0;
            for (Span sentence : doc.sentences()) {
                while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                    t++;
                }
                int sentenceFrom = t;
                for (int m = 0; m < mentions.size(); m++) {
                    if (mentions.get(m).span().start() >= sentence.start() && mentions.get(m).span().end() <= sentence.end()
                            && !doc.isFurniture(sentence.start()) && isSubject(m, sentenceFrom)) {
                        Entity e = actor(mentions.get(m));
                        counts.merge(key(e), 1, Integer::sum);
                        byKey.putIfAbsent(key(e), e);
                    }
                }
            }
            String best = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() > counts.get(best)) {
                    best = e.getKey();
                }
            }
            return best == null ? null : byKey.get(best);
        }

        /** The country whose force the article names with a demonym ("le contingent suisse"). */
        private Entity articleForceOwner() {
            for (int m = 0; m < mentions.size(); m++) {
                if (mentions.get(m).kind() == Mention.Kind.DEMONYM && isActor(mentions.get(m))) {
                    int noun = mentionStart[m] - 1;
                    String before = norm(noun);
                    boolean force = MilitaryUnits.category(tokens, Math.max(0, noun), tokens.size()) != null
                            || VAGUE_UNITS.contains(before) || before.equals("armee");
                    // trained or fallen soldiers are not the force the article follows
                    if (force && !isTrainingOrCasualtyAround(noun)) {
                        return actor(mentions.get(m));
                    }
                }
            }
            return null;
        }

        private boolean isTrainingOrCasualtyAround(int noun) {
            for (int k = Math.max(0, noun - 4); k < Math.min(tokens.size(), noun + 8); k++) {
                String n = norm(k);
                if (isCasualtyWord(n) || k < noun && DeploymentStatus.startsWithAny(n, TRAINING_STEMS)) {
                    return true;
                }
            }
            return false;
        }

        private Statement statementAt(Span span) {
            for (Statement s : doc.statements()) {
                if (s.claim() != null && s.claim().contains(span)) {
                    return s;
                }
            }
            return null;
        }

        // ---- places

        private void emit(Count count, List<Count> counts, int c, List<Entity> senders, int from, int to,
                          int segmentStart, int segmentEnd, int trigger) {
            Quantity quantity = count.amount().quantity();
            int after = Math.max(count.unitEnd(), count.amount().end());
            boolean withdrawal = DeploymentStatus.startsWithAny(tokens.get(trigger).norm(), WITHDRAWAL_STEMS)
                    || hasStem(segmentStart, segmentEnd, WITHDRAWAL_STEMS);
            int countAt = count.amount().first();
            Places places = places(after, clauseEnd(after, segmentEnd), from, withdrawal, countAt);
            boolean ownGround = places.ownGround();
            if (places.destinations.isEmpty() && places.origin == null) {
                places = places(segmentStart, count.amount().first(), from, withdrawal, countAt);
            }
            // "6 chars Leclerc, et plus de 300 militaires seraient acheminés vers la Roumanie"
            for (int next = c + 1; places.destinations.isEmpty() && places.origin == null && next < counts.size(); next++) {
                int nextEnd = next + 1 < counts.size() ? counts.get(next + 1).amount().first() : to;
                places = places(counts.get(next).amount().end(), nextEnd, from, withdrawal, countAt);
            }
            Entity host = hostPlace(from, count.amount().first());
            List<Entity> destinations = new ArrayList<>(places.destinations);
            if (host != null && !destinations.contains(host)) {
                destinations.add(0, host);
            }
            Status status = status(from, to, count, segmentStart, segmentEnd, trigger);
            Statement reportedIn = statementAt(quantity.span());
            Span evidence = evidence(from, to, count, segmentStart, segmentEnd);
            for (Entity sender : senders) {
                List<Entity> dests = new ArrayList<>(destinations);
                if (!withdrawal) {
                    dests.remove(sender); // troops going home is a destination; a sender's own name rarely is
                }
                if (ownGround && sender.type() == EntityType.COUNTRY && !dests.contains(sender)) {
                    dests.add(0, sender);
                }
                if (dests.isEmpty() && places.origin == null) {
                    dests.addAll(lastDestinations.getOrDefault(key(sender), List.of()));
                }
                if (dests.isEmpty() && places.origin == null && sender.type() == EntityType.COUNTRY
                        && senders.size() == 1 && hasStem(from, to, List.of("exercice", "manoeuvre"))) {
                    dests.add(sender); // a state's own exercises take place at home
                }
                if (dests.isEmpty() && places.origin == null && lastArticleDestinations != null) {
                    dests.addAll(lastArticleDestinations); // where the article's last movement went
                    dests.remove(sender);
                }
                if (dests.isEmpty() && places.origin == null) {
                    Entity theatre = articleTheatre(sender);
                    if (theatre != null) {
                        dests.add(theatre);
                    }
                }
                dests = withTheirCountries(dests, sender);
                Deployment d = new Deployment(sender, quantity, count.unit(), count.category(),
                        places.origin, dests, status, evidence, doc.article().published(), reportedIn);
                // the same figure told twice is one fact; the same figure for two places is two
                String where = !dests.isEmpty() ? key(dests.get(0)) : key(places.origin());
                String dedup = key(sender) + "|" + quantity.value() + "|" + quantity.upper() + "|" + count.category()
                        + "|" + where;
                if (quantity.value() == null) {
                    dedup = "vague|" + key(sender) + "|" + tokens.get(count.head()).norm() + "|" + status;
                }
                counted.putIfAbsent(dedup, d);
                if (!dests.isEmpty()) {
                    lastDestinations.put(key(sender), dests);
                    lastArticleDestinations = dests;
                }
            }
        }

        /**
         * The status of a count's movement, read from the verbs of its clause: the most telling
         * one wins ("stationnés en Allemagne seront transférés": the planned transfer says more
         * than the present station; "a annoncé que … ont quitté": done).
         */
        private Status status(int from, int to, Count count, int segmentStart, int segmentEnd, int nearest) {
            int start = Math.max(clauseStart(count.amount().first(), from), segmentStart);
            int end = clauseEnd(Math.max(count.unitEnd(), count.amount().end()), to);
            Status best = null;
            for (int k = start; k < end; k++) {
                String n = norm(k);
                int verb = -1;
                if (isMovementWord(n) || DeploymentStatus.startsWithAny(n, TRIGGER_STEMS)
                        || DeploymentStatus.isTenseCarrier(n)) {
                    verb = k;
                } else if (DeploymentStatus.isAuxiliary(n) && !norm(k - 1).equals("y")) {
                    verb = participleAfter(k + 1, end);
                }
                if (verb >= 0) {
                    Status s = DeploymentStatus.of(tokens, from, end, verb);
                    if (best == null || rank(s) > rank(best)) {
                        best = s;
                    }
                }
            }
            // a list with its verb further on ("6 chars Leclerc, et plus de 300 militaires seraient acheminés")
            return best != null ? best : DeploymentStatus.of(tokens, from, to, nearest);
        }

        /**
         * The past participle of a compound tense after its auxiliary ("ont déjà quitté", "s'était
         * achevé"), skipping adverbs; reporting verbs ("a annoncé") tell of the report, not the move.
         */
        private int participleAfter(int k, int end) {
            while (k < end && ADVERBS.contains(norm(k))) {
                k++;
            }
            if (k >= end) {
                return -1;
            }
            String written = tokens.get(k).text().toLowerCase();
            boolean participle = written.matches(".+(é|és|ée|ées)") || written.matches(".+(i|is|u|us|it|int|ert)")
                    && tokens.get(k).kind() == Token.Kind.WORD && written.length() > 3;
            return participle && !DeploymentStatus.isReportingVerb(norm(k)) ? k : -1;
        }

        /** How much a status says: a refusal over a possibility over a plan over a fact over a state. */
        private static int rank(Status s) {
            return switch (s) {
                case ONGOING -> 0;
                case DONE -> 1;
                case PLANNED -> 2;
                case POSSIBLE -> 3;
                case DENIED -> 4;
            };
        }

        /**
         * A city stands in its country ("à Port-au-Prince" is in Haiti), and a place the
         * gazetteer does not know lies in the article's theatre ("au Sud-Kivu", in the DR Congo).
         */
        private List<Entity> withTheirCountries(List<Entity> destinations, Entity sender) {
            List<Entity> all = new ArrayList<>(destinations);
            for (Entity place : destinations) {
                if (place.type() != EntityType.PLACE) {
                    continue;
                }
                Entity country = place.wikidata() != null ? gazetteer.countryOf(place) : articleTheatre(sender);
                if (country != null && !all.contains(country) && !country.equals(sender)) {
                    all.add(country);
                }
            }
            return all;
        }

        /**
         * Where a count goes: its origin, its destinations, and whether it stays on the sender's
         * own ground ("le long de sa frontière", "sur son territoire").
         */
        private record Places(Entity origin, List<Entity> destinations, boolean ownGround) {
        }

        /**
         * Places in tokens {@code [start, end)}: after en/au/aux/à/vers/dans/sur a destination,
         * after de/depuis an origin when the movement leaves ("retirer de X"); a place where
         * troops are stationed before a transfer is its origin ("stationnés en X seront
         * transférés en Y").
         */
        private Places places(int start, int end, int sentenceFrom, boolean withdrawal, int countAt) {
            Entity origin = null;
            List<Entity> destinations = new ArrayList<>();
            List<Integer> stationedAt = new ArrayList<>();
            for (int m = 0; m < mentions.size(); m++) {
                if (mentionStart[m] < start || mentionEnd[m] > end) {
                    continue;
                }
                if (mentions.get(m).kind() == Mention.Kind.DEMONYM && isTerritory(mentionStart[m] - 1, sentenceFrom)) {
                    Entity country = mentions.get(m).entity(); // "sur le sol congolais", "en territoire ukrainien"
                    if (country.type() == EntityType.COUNTRY && !destinations.contains(country)) {
                        destinations.add(country);
                    }
                    continue;
                }
                if (!isPlace(mentions.get(m))) {
                    continue;
                }
                String prep = prepositionBefore(mentionStart[m], sentenceFrom);
                Entity place = mentions.get(m).entity();
                if (isInAttribution(mentionStart[m], sentenceFrom)) {
                    continue; // "selon des sources à Bruxelles": where the source is, not the troops
                }
                if (LOCATIVE.contains(prep) || isDirection(mentionStart[m]) || isInPartOf(mentionStart[m], sentenceFrom)
                        || DeploymentStatus.startsWithAny(prep, List.of("rejoin", "regagn", "gagner", "gagne"))) {
                    if (isStationedBefore(mentionStart[m], start)) {
                        stationedAt.add(destinations.size());
                    }
                    if (!destinations.contains(place)) {
                        destinations.add(place);
                    }
                } else if (FROM.contains(prep) && withdrawal && origin == null && !isDirection(mentionStart[m])
                        && hasStem(Math.max(sentenceFrom, countAt - 8), mentionStart[m], WITHDRAWAL_STEMS)
                        || DeploymentStatus.startsWithAny(prep, List.of("quitt", "evacu")) && origin == null) {
                    origin = place; // "retirer de X", "quitter X"
                }
            }
            // "dans la région", "dans le pays", "dans le nord-est du pays": the last place named before
            for (int k = start + 1; k < end; k++) {
                String noun = norm(k);
                boolean region = REGION_WORDS.contains(noun);
                boolean country = COUNTRY_WORDS.contains(noun);
                if ((region || country) && (DETERMINERS.contains(norm(k - 1)) || norm(k - 1).equals("du"))
                        && isLocativePhrase(norm(k - 1).equals("du") ? k : k - 1, sentenceFrom)
                        && !isNamedAfter(k + 1, end)) {
                    Entity earlier = lastPlaceBefore(k, country);
                    if (earlier != null && !destinations.contains(earlier)) {
                        destinations.add(earlier);
                    }
                }
            }
            // "stationnés en X seront transférés en Y", "viendront de la division basée à X"
            if (!stationedAt.isEmpty() && (destinations.size() > stationedAt.size() || withdrawal)) {
                if (origin == null) {
                    origin = destinations.get(stationedAt.get(0));
                    for (int i : stationedAt) {
                        if (origin.wikidata() == null && destinations.get(i).wikidata() != null) {
                            origin = destinations.get(i); // "à Vilseck, en Allemagne": the known place
                        }
                    }
                }
                for (int i = stationedAt.size() - 1; i >= 0; i--) {
                    destinations.remove((int) stationedAt.get(i));
                }
            }
            if (withdrawal && origin == null && destinations.size() == 1 && !hasWord(start, end, "vers")
                    && hasStem(Math.max(sentenceFrom, countAt - 14), countAt,
                            List.of("retir", "retrait", "rapatri", "redui", "reduction", "reduire"))) {
                // "le retrait des troupes stationnées en Corée": the country left
                origin = destinations.remove(0);
            }
            return new Places(origin, destinations, isOwnGround(start, end));
        }

        /** "le long de sa frontière", "sur son territoire", "à ses frontières": the sender's own ground. */
        private boolean isOwnGround(int start, int end) {
            for (int k = start + 1; k < end; k++) {
                if (SITE_NOUNS.contains(norm(k)) && Set.of("sa", "son", "ses", "leur", "leurs").contains(norm(k - 1))) {
                    int j = k - 2;
                    return j >= 0 && (LOCATIVE.contains(norm(j)) || FROM.contains(norm(j)) && VICINITY.contains(norm(j - 1)));
                }
            }
            return false;
        }

        private boolean isPlace(Mention m) {
            EntityType type = m.entity().type();
            return (type == EntityType.COUNTRY || type == EntityType.PLACE) && m.kind() != Mention.Kind.DEMONYM
                    && !isUnMission(m.entity());
        }

        /** True inside "selon …" up to the next comma. */
        private boolean isInAttribution(int k, int from) {
            for (int j = k - 1; j >= from && j >= k - 8; j--) {
                String n = norm(j);
                if (n.equals(",") || n.equals(".")) {
                    return false;
                }
                if (n.equals("selon") || n.equals("d'apres")) {
                    return true;
                }
            }
            return false;
        }

        /** True when the phrase starting at {@code k} (its determiner) stands after a locative. */
        private boolean isLocativePhrase(int k, int from) {
            String prep = prepositionBefore(k + (DETERMINERS.contains(norm(k)) ? 1 : 0), from);
            return LOCATIVE.contains(prep) || isInPartOf(k + (DETERMINERS.contains(norm(k)) ? 1 : 0), from)
                    || DeploymentStatus.startsWithAny(prep, List.of("rejoin", "regagn", "gagner"));
        }

        /**
         * "dans le nord de l'Australie", "dans l'est de la RDC", "près de Rzeszów", "autour de
         * Taïwan", "au large de la Libye": a place reached through a part of it or its vicinity.
         */
        private boolean isInPartOf(int mentionStartToken, int from) {
            int k = mentionStartToken - 1;
            while (k >= from && DETERMINERS.contains(norm(k))) {
                k--;
            }
            if (k < from || !(FROM.contains(norm(k)))) {
                return false;
            }
            int part = k - 1;
            if (part < from) {
                return false;
            }
            String p = norm(part);
            if (VICINITY.contains(p)) {
                return true; // "près de", "autour de", "au large de"
            }
            if (!PART_NOUNS.contains(p) && part - 1 >= from && PART_NOUNS.contains(norm(part - 1))
                    && tokens.get(part).kind() == Token.Kind.WORD && !tokens.get(part).isCapitalized()) {
                part--; // "les eaux territoriales des Philippines"
                p = norm(part);
            }
            if (!PART_NOUNS.contains(p)) {
                return false;
            }
            int j = part - 1;
            while (j >= from && DETERMINERS.contains(norm(j))) {
                j--;
            }
            return j >= from && (LOCATIVE.contains(norm(j)) || isInPartOf(j + 1, from));
        }

        /**
         * "sur le sol congolais", "en territoire ukrainien", "près de l'aéroport polonais": a
         * demonym qualifying ground, a border or a site where troops go stands for its country.
         */
        private boolean isTerritory(int k, int from) {
            if (k < from || !SITE_NOUNS.contains(norm(k))) {
                return false;
            }
            int j = k - 1;
            while (j >= from && DETERMINERS.contains(norm(j))) {
                j--;
            }
            return j >= from && (LOCATIVE.contains(norm(j))
                    || FROM.contains(norm(j)) && j - 1 >= from && VICINITY.contains(norm(j - 1)));
        }

        private boolean isDirection(int mentionStartToken) {
            int k = mentionStartToken - 1;
            while (k >= 0 && DETERMINERS.contains(norm(k))) {
                k--;
            }
            return FROM.contains(norm(k)) && norm(k - 1).equals("direction");
        }

        /**
         * True when the place at {@code at} is where troops are stationed ("stationnés à
         * Vilseck, en Allemagne") rather than where a later verb sends them ("seront
         * transférés en Roumanie").
         */
        private boolean isStationedBefore(int at, int start) {
            for (int k = at - 1; k >= Math.max(start, at - 8); k--) {
                String n = norm(k);
                boolean noun = NOUN_DETERMINERS.contains(norm(k - 1));
                if (DeploymentStatus.startsWithAny(n, List.of("stationn", "base", "present", "positionn")) && !noun) {
                    return true; // "basés à", not "une base à"
                }
                if (isMovementWord(n) || DeploymentStatus.isAuxiliary(n) && !n.equals("a")) {
                    return false; // "à" folds to the auxiliary "a"; only other auxiliaries end the station
                }
            }
            return false;
        }

        private boolean isNamedAfter(int k, int end) {
            Integer m = mentionAtToken.get(k);
            if (m == null && k + 1 < end) {
                m = mentionAtToken.get(k + 1); // "la région du golfe Persique"
            }
            return m != null && isPlace(mentions.get(m));
        }

        /** "le pays" is the last country named before; "la région" the last linked region, else country. */
        private Entity lastPlaceBefore(int k, boolean country) {
            int at = tokens.get(k).start();
            Entity lastCountry = null;
            Entity lastRegion = null;
            for (int m = 0; m < mentions.size(); m++) {
                Mention mention = mentions.get(m);
                if (mention.span().start() >= at) {
                    break;
                }
                if (!isPlace(mention) || doc.isFurniture(mention.span().start())
                        || !LOCATIVE.contains(prepositionBefore(mentionStart[m], 0)) && !isInPartOf(mentionStart[m], 0)) {
                    continue; // "le pays" is one where things were placed, not an actor named earlier
                }
                if (mention.entity().type() == EntityType.COUNTRY) {
                    lastCountry = mention.entity();
                } else if (gazetteer.countryOf(mention.entity()) == null) {
                    lastRegion = mention.entity(); // a region or a sea, not a city of one country
                }
            }
            return !country && lastRegion != null ? lastRegion : lastCountry;
        }

        /** "N'Djamena abrite … un millier de militaires": the host is where they stand. */
        private Entity hostPlace(int from, int before) {
            for (int k = from; k < before; k++) {
                if (DeploymentStatus.startsWithAny(norm(k), HOST_STEMS)) {
                    for (int m = 0; m < mentions.size(); m++) {
                        if (mentionStart[m] >= from && mentionEnd[m] <= k && isPlace(mentions.get(m))
                                && !PREPOSITIONS.contains(prepositionBefore(mentionStart[m], from))) {
                            return mentions.get(m).entity();
                        }
                    }
                }
            }
            return null;
        }

        /**
         * The article's theatre: the place it puts things in ("en Lettonie", "au Kosovo"),
         * weighing each such use twice and each other mention once, besides the sender itself.
         */
        private Entity articleTheatre(Entity sender) {
            Map<String, Integer> scores = new HashMap<>();
            Set<String> locative = new LinkedHashSet<>();
            Map<String, Entity> byKey = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (!isPlace(m) || doc.isFurniture(m.span().start())) {
                    continue;
                }
                Entity place = m.entity();
                if (place.type() == EntityType.PLACE && gazetteer.countryOf(place) != null) {
                    place = gazetteer.countryOf(place); // a city votes for its country
                }
                String key = key(place);
                if (key.equals(key(sender))) {
                    continue;
                }
                boolean in = LOCATIVE.contains(prepositionBefore(mentionStart[i], 0)) || isInPartOf(mentionStart[i], 0);
                if (in) {
                    locative.add(key);
                }
                scores.merge(key, in ? 2 : 1, Integer::sum);
                byKey.putIfAbsent(key, place);
            }
            String best = null;
            for (String key : locative) {
                if (best == null || scores.get(key) > scores.get(best)) {
                    best = key;
                }
            }
            return best == null ? null : byKey.get(best);
        }

        // ---- count-less movements

        /** "Paris pourrait dépêcher ses soldats au Tchad": a clear movement, no count. */
        private void vagueMovements(int from, int to, List<Count> counts) {
            for (int k = from; k < to; k++) {
                String n = norm(k);
                if (!DeploymentStatus.startsWithAny(n, MOVEMENT_STEMS) && !MASS_WORDS.contains(n)) {
                    continue;
                }
                int unitAt = unitAfterMovement(k + 1, to);
                if (unitAt < 0 || isCounted(unitAt, counts)) {
                    continue;
                }
                int unitEnd = unitAt + 1;
                while (unitEnd < to && (norm(unitEnd).equals("militaires") || norm(unitEnd).equals("supplementaires")
                        || norm(unitEnd).equals("bleus") || norm(unitEnd).equals("speciales")
                        || norm(unitEnd).equals("armees") || isDemonymAt(unitEnd))) {
                    unitEnd = isDemonymAt(unitEnd) ? mentionEnd[mentionAtToken.get(unitEnd)] : unitEnd + 1;
                }
                if (norm(unitAt).equals("forces") && unitEnd == unitAt + 1 && !isOwned(unitAt)) {
                    continue; // "forces" alone is too loose ("les forces ukrainiennes" are not moved)
                }
                Entity sender = vagueSender(from, k, unitAt, unitEnd, to);
                if (sender == null) {
                    continue;
                }
                Places places = places(unitEnd, clauseEnd(unitEnd, to), from,
                        DeploymentStatus.startsWithAny(n, WITHDRAWAL_STEMS), unitAt);
                Status status = DeploymentStatus.of(tokens, from, to, k);
                Span unitSpan = new Span(tokens.get(unitAt).start(), tokens.get(unitEnd - 1).end());
                Quantity quantity = new Quantity(null, null, Quantity.Qualifier.VAGUE, unitSpan);
                String key = "vague|" + key(sender) + "|" + norm(unitAt) + "|" + status;
                if (!vagueSeen.add(key) || counted.containsKey(key)) {
                    continue;
                }
                Span evidence = new Span(tokens.get(Math.max(from, clauseStart(k, from))).start(),
                        tokens.get(clauseEnd(unitEnd, to) - 1).end());
                counted.put(key, new Deployment(sender, quantity, text(unitAt, unitEnd), Category.PERSONNEL,
                        places.origin, places.destinations, status, evidence, doc.article().published(),
                        statementAt(unitSpan)));
                if (!places.destinations.isEmpty()) {
                    lastDestinations.putIfAbsent(key(sender), places.destinations);
                }
            }
        }

        /** The military unit a movement word governs: "envoyer des troupes", "l'envoi de soldats". */
        private int unitAfterMovement(int k, int to) {
            for (int j = k; j < Math.min(to, k + 5); j++) {
                String n = norm(j);
                if (VAGUE_UNITS.contains(n)) {
                    return j;
                }
                boolean glue = Set.of("des", "de", "d'", "du", "ses", "leurs", "les", "sa", "son", "la", "le",
                        "l'", "nos", "notre", "leur", "pas", "davantage", "plus", "nouvelles", "nouveaux",
                        "certaines", "certains", "sur", "vers", "aucun", "aucune").contains(n);
                if (!glue) {
                    return -1;
                }
            }
            return -1;
        }

        private boolean isCounted(int unitAt, List<Count> counts) {
            for (Count c : counts) {
                int start = c.unitStart() >= 0 ? Math.min(c.unitStart(), c.amount().first()) : c.amount().first();
                if (unitAt >= start && unitAt < Math.max(c.unitEnd(), c.amount().end())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isDemonymAt(int k) {
            Integer m = mentionAtToken.get(k);
            return m != null && mentions.get(m).kind() == Mention.Kind.DEMONYM && mentionStart[m] == k;
        }

        private boolean isOwned(int unitAt) {
            String before = norm(unitAt - 1);
            return before.equals("ses") || before.equals("leurs") || before.equals("nos") || before.equals("sa");
        }

        private Entity vagueSender(int from, int movement, int unitAt, int unitEnd, int to) {
            for (int k = unitAt; k < unitEnd; k++) {
                Integer m = mentionAtToken.get(k);
                if (m != null && isActor(mentions.get(m))) {
                    return actor(mentions.get(m));
                }
            }
            Integer owning = ownerAfterUnit(unitEnd);
            if (owning != null) {
                return actor(mentions.get(owning));
            }
            if (isPeacekeepers(unitAt)) {
                return unitedNations();
            }
            Integer agent = agentOfInfinitive(from, movement);
            if (agent != null) {
                return actor(mentions.get(agent));
            }
            Integer subject = nearestSubject(from, movement);
            if (subject != null) {
                return actor(mentions.get(subject));
            }
            Statement s = statementAt(tokens.get(unitAt).span());
            return s == null ? null : speakerCountry(s);
        }

        // ---- text helpers

        private Span evidence(int from, int to, Count count, int segmentStart, int segmentEnd) {
            int start = clauseStart(count.amount().first(), Math.max(from, segmentStart == from ? from : segmentStart));
            int end = clauseEnd(Math.max(count.unitEnd(), count.amount().end()), segmentEnd);
            return new Span(tokens.get(start).start(), tokens.get(end - 1).end());
        }

        /** Back to the clause start: after ";", a ", et"/", mais" break, "tandis que", or the bound. */
        private int clauseStart(int k, int bound) {
            for (int j = k - 1; j > bound; j--) {
                String n = norm(j);
                if (n.equals(";") || n.equals(":") || (n.equals("et") || n.equals("mais")) && norm(j - 1).equals(",")) {
                    return j + 1;
                }
                if (n.startsWith("qu") && (norm(j - 1).equals("tandis") || norm(j - 1).equals("alors"))) {
                    return j + 1;
                }
                if ((n.equals("dont") || n.equals("qui") || n.equals("ou")) && norm(j - 1).equals(",")) {
                    return j + 1; // ", dont les deux mille soldats … ont quitté": a relative clause of its own
                }
            }
            return bound;
        }

        private int clauseEnd(int k, int bound) {
            for (int j = k; j < bound; j++) {
                String n = norm(j);
                if (n.equals(";") || n.equals(".") && j == bound - 1
                        || n.equals(",") && (norm(j + 1).equals("et") || norm(j + 1).equals("mais"))
                        || (n.equals("tandis") || n.equals("alors")) && norm(j + 1).startsWith("qu")
                        || n.equals(",") && isReportingIncise(j + 1)) {
                    return Math.max(j, k);
                }
            }
            return bound;
        }

        /** ", a annoncé le ministre", ", selon Reuters", ", a-t-il ajouté": the source, not the fact. */
        private boolean isReportingIncise(int k) {
            String n = norm(k);
            return n.equals("selon") || n.equals("d'apres") || n.matches("a-t-(il|elle)|ont-(ils|elles)")
                    || (n.equals("a") || n.equals("ont") || n.equals("avait")) && norm(k + 1).matches("[a-z]+e")
                        && DeploymentStatus.startsWithAny(norm(k + 1), List.of("annonc", "indiqu", "declar", "affirm",
                            "precis", "ajout", "confirm", "assur", "expliqu", "soulign", "rappel", "estim"));
        }

        private String prepositionBefore(int k, int from) {
            int j = k - 1;
            while (j >= from && DETERMINERS.contains(norm(j))) {
                j--;
            }
            return j >= from ? norm(j) : "";
        }

        private Integer mentionAfter(int k, int to) {
            for (int j = k; j < Math.min(to, k + 3); j++) {
                Integer m = mentionAtToken.get(j);
                if (m != null) {
                    return m;
                }
            }
            return null;
        }

        private boolean hasStem(int from, int to, List<String> stems) {
            for (int k = from; k < to; k++) {
                if (DeploymentStatus.startsWithAny(norm(k), stems)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasWord(int from, int to, String word) {
            for (int k = from; k < to; k++) {
                if (norm(k).equals(word)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasWordStartingWith(int from, int to, String stem) {
            return hasStem(from, to, List.of(stem));
        }

        private String norm(int k) {
            return k >= 0 && k < tokens.size() ? tokens.get(k).norm() : "";
        }

        private String text(int start, int end) {
            return doc.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
        }

        private static String key(Entity e) {
            return e == null ? "" : e.wikidata() != null ? e.wikidata() : e.type() + ":" + e.label();
        }
    }
}
