package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Deployment.Status;
import org.sitrep.model.Token;

/**
 * Reads the status of a movement from French tense, mood, modals and negation around its
 * trigger: "n'enverra pas" is denied, "pourrait envoyer" possible, "seront envoyés" planned,
 * "a envoyé" done, "sont stationnés" ongoing.
 */
final class DeploymentStatus {

    private static final Set<String> NEGATION_ENDS = Set.of("pas", "jamais", "plus", "aucun",
            "aucune", "nullement", "point");

    private static final List<String> REFUSAL_STEMS = List.of("refus", "renonc", "exclu", "rejet",
            "oppos", "exclure", "annul");

    private static final List<String> POSSIBILITY_STEMS = List.of("pourr", "envisag", "option",
            "possib", "eventuel", "susceptible", "hypothe", "scenario", "stand-by", "etudi",
            "examin", "reflechi", "reflexion", "pourrai");

    private static final Set<String> POSSIBILITY_WORDS = Set.of("si", "cas", "peut", "peuvent",
            "pouvait", "pourrait", "pourraient");

    private static final List<String> PLAN_STEMS = List.of("prevoi", "prevu", "prevoy", "annonc",
            "decid", "decision", "prete", "prets", "s'appret", "appret", "approuv", "projet", "engage",
            "promi", "promet",
            "devr", "demande", "autoris", "promet", "promis", "ordonn", "souhait", "program");

    private static final Set<String> PLAN_WORDS = Set.of("pret", "plan", "plans", "doit", "doivent",
            "va", "vont", "veut", "veulent", "entend", "entendent", "feu", "vert");

    private static final Set<String> FUTURE_AUX = Set.of("sera", "seront", "serons", "aura",
            "auront", "ira", "iront");

    private static final Set<String> HAVE = Set.of("a", "ont", "avait", "avaient", "eut", "eurent",
            "aurait", "auraient", "avons", "avez");

    private static final Set<String> BE = Set.of("est", "sont", "etait", "etaient", "fut", "furent",
            "sommes", "etes");

    /** Stative movement verbs: "sont stationnés" describes a present state, not an event. */
    private static final List<String> STATIVE_STEMS = List.of("stationn", "deploy", "bas",
            "position", "present", "mass", "amass", "engag", "install", "dirig");

    private static final List<String> REPORTING_STEMS = List.of("declar", "ajout", "annonc",
            "indiqu", "precis", "affirm", "assur", "dit", "expliqu", "rapport", "souligne",
            "confirm", "estim", "selon", "inform");

    private DeploymentStatus() {
    }

    /**
     * The status of the movement triggered at token {@code trigger} in the clause
     * {@code [from, to)}.
     */
    static Status of(List<Token> tokens, int from, int to, int trigger) {
        String verb = tokens.get(trigger).norm();
        int windowStart = Math.max(from, trigger - 6);
        // "n'exclut pas" is a possibility, not a refusal
        for (int k = windowStart; k < Math.min(to, trigger + 1); k++) {
            if (tokens.get(k).norm().startsWith("exclu") && isNegated(tokens, from, k)) {
                return Status.POSSIBLE;
            }
        }
        if (isNegated(tokens, from, trigger) || hasStem(tokens, windowStart, trigger, REFUSAL_STEMS)
                || hasPhrase(tokens, windowStart, trigger, "pas", "question")) {
            return Status.DENIED;
        }
        boolean reportedPast = isReportedInPast(tokens, from, trigger);
        if (hasStem(tokens, windowStart, trigger + 1, POSSIBILITY_STEMS)
                || hasWord(tokens, from, to, POSSIBILITY_WORDS) && !reportedPast
                || hasPhrase(tokens, from, to, "si", "besoin")
                || hasPhrase(tokens, from, to, "en", "cas")) {
            return Status.POSSIBLE;
        }
        boolean pastConditional = precededBy(tokens, windowStart, trigger, Set.of("aurait", "auraient"))
                && isParticiple(verb);
        if (isConditional(verb) || pastConditional || precededBy(tokens, windowStart, trigger, Set.of("serait", "seraient"))) {
            if (verb.startsWith("devr")) {
                return Status.PLANNED; // "devraient être déployés"
            }
            if (reportedPast) {
                return Status.PLANNED; // "le ministre a ajouté que … seraient envoyés": the future of the past
            }
            // the conditional of reported facts ("aurait positionné", "selon X, … combattraient")
            if (pastConditional) {
                return startsWithAny(verb, STATIVE_STEMS) ? Status.ONGOING : Status.DONE;
            }
            if (hasWord(tokens, from, to, Set.of("selon", "d'apres"))) {
                return Status.ONGOING;
            }
            return Status.POSSIBLE;
        }
        if (isFuture(verb) || precededBy(tokens, windowStart, trigger, FUTURE_AUX) || intends(tokens, windowStart, trigger)
                || hasStem(tokens, windowStart, trigger + 1, PLAN_STEMS)
                || hasWord(tokens, windowStart, trigger + 1, PLAN_WORDS)) {
            return Status.PLANNED;
        }
        if (hasPhrase(tokens, windowStart, trigger + 1, "commence", "a")
                || hasPhrase(tokens, windowStart, trigger + 1, "entame", "a")) {
            return Status.ONGOING; // "a commencé à déployer": under way
        }
        if (isParticiple(verb)) {
            String aux = auxiliaryBefore(tokens, windowStart, trigger);
            if (HAVE.contains(aux)) {
                return Status.DONE;
            }
            if (BE.contains(aux)) {
                return startsWithAny(verb, STATIVE_STEMS) && !aux.equals("fut") && !aux.equals("furent")
                        ? Status.ONGOING : Status.DONE;
            }
        }
        if (verb.endsWith("erent") || verb.endsWith("a") && verb.length() > 4 && !verb.endsWith("ra")) {
            return Status.DONE; // passé simple: "envoyèrent", "déploya"
        }
        if (isNoun(verb)) {
            // "le déploiement de …" with no verb of its own reads from the sentence's main verb
            return hasPastMainVerb(tokens, from, to) ? Status.DONE : Status.PLANNED;
        }
        return Status.ONGOING;
    }

    static boolean isAuxiliary(String norm) {
        return HAVE.contains(norm) || BE.contains(norm) || FUTURE_AUX.contains(norm)
                || norm.equals("sera") || norm.equals("seront") || norm.equals("serait") || norm.equals("seraient");
    }

    /** "compte envoyer": intends to; "compte 600 militaires" only counts them. */
    private static boolean intends(List<Token> tokens, int from, int trigger) {
        for (int k = from; k < trigger && k + 1 < tokens.size(); k++) {
            String n = tokens.get(k).norm();
            if ((n.equals("compte") || n.equals("comptent")) && tokens.get(k + 1).norm().matches("[a-z]+(er|ir|re)")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegated(List<Token> tokens, int from, int verb) {
        boolean ne = false;
        for (int k = Math.max(from, verb - 4); k < verb; k++) {
            String n = tokens.get(k).norm();
            if (n.equals("ne") || n.equals("n'")) {
                ne = true;
            }
        }
        if (!ne) {
            return false;
        }
        for (int k = Math.max(from, verb - 3); k < Math.min(tokens.size(), verb + 3); k++) {
            if (NEGATION_ENDS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReportedInPast(List<Token> tokens, int from, int trigger) {
        for (int k = from; k + 1 < trigger; k++) {
            if (HAVE.contains(tokens.get(k).norm()) && startsWithAny(tokens.get(k + 1).norm(), REPORTING_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb that can carry the status of its clause: future, conditional, aller + infinitive. */
    static boolean isTenseCarrier(String norm) {
        return norm.length() > 4 && (isFuture(norm) || isConditional(norm)) && !isAuxiliary(norm)
                && !Set.of("aurait", "auraient", "aura", "auront").contains(norm)
                || Set.of("va", "vont", "allait", "allaient", "doit", "doivent", "devait", "devaient",
                        "pourrait", "pourraient", "peut", "peuvent").contains(norm);
    }

    static boolean isReportingVerb(String norm) {
        return startsWithAny(norm, REPORTING_STEMS);
    }

    private static boolean isConditional(String verb) {
        return verb.endsWith("rait") || verb.endsWith("raient");
    }

    /** Simple future: "enverra", "déploieront", "enverrons", "accroîtront". */
    private static boolean isFuture(String verb) {
        return verb.length() > 4 && (verb.endsWith("ra") || verb.endsWith("ront") || verb.endsWith("rons")
                || verb.endsWith("rez") || verb.endsWith("rai") || verb.endsWith("ras"));
    }

    private static boolean isParticiple(String verb) {
        return verb.matches(".*(e|es|ee|ees|i|is|ie|ies|u|us|ue|ues)$") && !verb.endsWith("ment");
    }

    private static boolean isNoun(String verb) {
        return verb.endsWith("ment") || verb.equals("envoi") || verb.equals("retrait")
                || verb.startsWith("renfort") || verb.startsWith("presence") || verb.startsWith("arrivee")
                || verb.startsWith("transfert") || verb.startsWith("rapatriement");
    }

    private static boolean hasPastMainVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (HAVE.contains(tokens.get(k).norm()) && !tokens.get(k).norm().startsWith("aur")
                    && isParticiple(tokens.get(k + 1).norm())
                    && !startsWithAny(tokens.get(k + 1).norm(), List.of("annonc", "decid", "approuv"))) {
                return true;
            }
        }
        return false;
    }

    private static String auxiliaryBefore(List<Token> tokens, int from, int verb) {
        for (int k = verb - 1; k >= from; k--) {
            String n = tokens.get(k).norm();
            if (n.equals("ete")) {
                continue; // "ont été déployées": the auxiliary is "ont"
            }
            if (HAVE.contains(n) || BE.contains(n)) {
                return n;
            }
            if (tokens.get(k).kind() != Token.Kind.WORD || k < verb - 3) {
                break;
            }
        }
        return "";
    }

    private static boolean hasStem(List<Token> tokens, int from, int to, List<String> stems) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            if (startsWithAny(tokens.get(k).norm(), stems)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(List<Token> tokens, int from, int to, Set<String> words) {
        for (int k = from; k < to && k < tokens.size(); k++) {
            if (words.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededBy(List<Token> tokens, int from, int to, Set<String> words) {
        return hasWord(tokens, from, to, words);
    }

    private static boolean hasPhrase(List<Token> tokens, int from, int to, String a, String b) {
        for (int k = from; k + 1 < to && k + 1 < tokens.size(); k++) {
            if (tokens.get(k).norm().equals(a) && tokens.get(k + 1).norm().equals(b)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String norm, List<String> stems) {
        for (String s : stems) {
            if (norm.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
