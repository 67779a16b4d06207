package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Deployment.Category;
import org.sitrep.model.Token;

/**
 * The nouns that count soldiers and war materiel in French, and the reading of a counted noun
 * phrase ("jets F-18", "observateurs militaires et officiers d'état-major", "véhicules de
 * guerre") after an amount.
 */
final class MilitaryUnits {

    /** A counted noun phrase: tokens {@code [start, end)}, its head noun and category. */
    record Unit(int start, int end, int head, Category category) {
    }

    private static final Set<String> PERSONNEL = Set.of(
            "soldat", "soldats", "militaire", "militaires", "troupe", "troupes", "homme", "hommes",
            "instructeur", "instructeurs", "formateur", "formateurs", "conseiller", "conseillers",
            "casque", "casques", "marine", "marines", "parachutiste", "parachutistes",
            "reserviste", "reservistes", "policier", "policiers", "gendarme", "gendarmes",
            "observateur", "observateurs", "personne", "personnes", "personnel", "personnels",
            "membre", "membres", "combattant", "combattants", "fantassin", "fantassins",
            "commando", "commandos", "officier", "officiers", "sous-officier", "sous-officiers",
            "specialiste", "specialistes", "pilote", "pilotes", "legionnaire", "legionnaires",
            "mercenaire", "mercenaires", "volontaire", "volontaires", "conscrit", "conscrits",
            "marin", "marins", "aviateur", "aviateurs", "sapeur", "sapeurs", "artilleur",
            "artilleurs", "agent", "agents", "garde", "gardes", "experts", "sous-traitants",
            "effectifs", "elements",
            // formations counted as such ("quatre groupements tactiques")
            "groupement", "groupements", "bataillon", "bataillons", "brigade", "brigades",
            "division", "divisions", "regiment", "regiments", "escadron", "escadrons",
            "compagnies", "unites", "contingent", "contingents");

    private static final Set<String> MATERIEL = Set.of(
            "avion", "avions", "jet", "jets", "chasseur", "chasseurs", "bombardier", "bombardiers",
            "helicoptere", "helicopteres", "drone", "drones", "char", "chars", "blinde", "blindes",
            "vehicule", "vehicules", "navire", "navires", "fregate", "fregates", "destroyer",
            "destroyers", "croiseur", "croiseurs", "corvette", "corvettes", "sous-marin",
            "sous-marins", "porte-avions", "porte-helicopteres", "patrouilleur", "patrouilleurs",
            "batterie", "batteries", "systeme", "systemes", "lanceur", "lanceurs",
            "lance-roquettes", "obusier", "obusiers", "canon", "canons", "appareil", "appareils",
            "aeronef", "aeronefs", "bateau", "bateaux", "vaisseau", "vaisseaux", "batiments",
            "ravitailleur", "ravitailleurs", "avions-ravitailleurs", "intercepteurs", "radars",
            "pieces", "groupe", "groupes");

    /** Aircraft, tanks and systems named by their model ("48 F-16", "quatre Rafale"). */
    private static final Set<String> MODELS = Set.of("rafale", "rafales", "mirage", "typhoon",
            "eurofighter", "gripen", "leopard", "abrams", "patriot", "himars", "caesar", "bradley",
            "stryker", "apache", "apaches", "chinook", "chinooks", "reaper", "reapers", "bayraktar",
            "awacs", "tigre", "tigres", "caracal", "caracals", "mistral", "challenger", "samp/t");

    /** Nouns that need a designation or complement to count materiel ("systèmes HIMARS"). */
    private static final Set<String> NEEDS_COMPLEMENT = Set.of("systeme", "systemes", "pieces",
            "groupe", "groupes", "batiments", "elements", "unites", "compagnies", "agents",
            "membre", "membres", "garde", "gardes", "appareil", "appareils");

    /** Adjectives and complements that belong to the counted phrase. */
    private static final Set<String> MODIFIERS = Set.of("supplementaires", "supplementaire",
            "additionnels", "additionnelles", "militaires", "militaire", "bleus", "tactiques",
            "tactique", "internationaux", "international", "multinationaux", "multinational",
            "speciales", "speciaux", "aeriens", "aeriennes", "terrestres", "navals", "lourds",
            "legers", "legeres", "blindes", "armes", "de", "d'", "du", "guerre",
            "combat", "chasse", "assaut", "transport", "reconnaissance", "etat-major", "police",
            "constituees", "infanterie", "defense", "antiaerienne", "antimissile", "aerienne",
            "sol-air", "frappe", "porte-avions", "marine", "forces", "nouveaux",
            "roquettes", "multiples", "artillerie", "attaque", "unites", "elite", "maintien",
            "paix", "la", "l'", "l'air", "terre", "surveillance", "ravitaillement");

    /** Adjectives that may stand between the amount and the noun ("1 500 nouveaux soldats"). */
    private static final Set<String> PRENOMINAL = Set.of("nouveaux", "nouvelles", "autres",
            "premiers", "premieres", "derniers", "dernieres", "jeunes", "petits", "grands",
            "militaires");

    private MilitaryUnits() {
    }

    /** The counted noun phrase that starts at token {@code i} (after an amount), or null. */
    static Unit readAt(List<Token> tokens, int i, int limit) {
        int j = i;
        if (j < limit && (isDe(tokens.get(j).norm()))) {
            j++; // "un millier de soldats"
        }
        // "1 500 nouveaux soldats", "350 Royal Marines"
        while (j < limit && (PRENOMINAL.contains(tokens.get(j).norm()) || tokens.get(j).isCapitalized()
                    && !MODELS.contains(tokens.get(j).norm()) && category(tokens, j, limit) == null)
                && j + 1 < limit && category(tokens, j + 1, limit) != null) {
            j++;
        }
        if (j >= limit) {
            return null;
        }
        Category category = category(tokens, j, limit);
        if (category == null) {
            return null;
        }
        int head = j;
        int end = extend(tokens, head + 1, limit);
        // "avions et hélicoptères", "observateurs militaires et officiers d'état-major"
        while (end + 1 < limit && (tokens.get(end).norm().equals("et") || tokens.get(end).norm().equals("ou"))
                && category(tokens, end + 1, limit) == category) {
            end = extend(tokens, end + 2, limit);
        }
        return new Unit(j, end, head, category);
    }

    /** The category of the head noun at {@code j}, or null when it counts neither. */
    static Category category(List<Token> tokens, int j, int limit) {
        Token t = tokens.get(j);
        String n = t.norm();
        if (t.kind() != Token.Kind.WORD) {
            return null;
        }
        if (NEEDS_COMPLEMENT.contains(n) && !hasComplement(tokens, j + 1, limit)) {
            return null;
        }
        if (n.equals("casques") || n.equals("casque")) {
            return j + 1 < limit && tokens.get(j + 1).norm().startsWith("bleu") ? Category.PERSONNEL : null;
        }
        if (n.equals("chasseurs") && j + 1 < limit && tokens.get(j + 1).norm().startsWith("alpin")) {
            return Category.PERSONNEL;
        }
        if (PERSONNEL.contains(n)) {
            return Category.PERSONNEL;
        }
        if (MATERIEL.contains(n) || MODELS.contains(n) || isDesignation(t.text())) {
            return Category.MATERIEL;
        }
        return null;
    }

    /** "F-18", "Su-35", "MiG-29", "T-72", "HIMARS": model designations. */
    static boolean isDesignation(String text) {
        return text.matches("\\p{Lu}[\\p{L}]{0,3}-\\d{1,3}[A-Z]?") || text.matches("\\p{Lu}{4,}")
                && MODELS.contains(text.toLowerCase());
    }

    /** A noun that needs a complement has one: designation, "de …" complement or adjective. */
    private static boolean hasComplement(List<Token> tokens, int j, int limit) {
        if (j >= limit) {
            return false;
        }
        Token t = tokens.get(j);
        String n = t.norm();
        if (isDesignation(t.text()) || MODELS.contains(n) || t.text().matches("\\p{Lu}{3,}")) {
            return true;
        }
        if ((isDe(n) || n.equals("des") || n.equals("du")) && j + 1 < limit) {
            String next = tokens.get(j + 1).norm();
            // "membres de la force", "membres de ses Forces d'autodéfense", "véhicules de combat"
            return MODIFIERS.contains(next) && !isDe(next) || next.equals("l'") || next.equals("la")
                    || next.equals("ses") || next.equals("leurs") || tokens.get(j + 1).isCapitalized();
        }
        return n.equals("militaires") || n.equals("armes") || n.startsWith("antiaerien")
                || n.equals("patriot") || n.equals("tactiques") || n.equals("navals");
    }

    /** Past the modifiers that belong to the phrase, from {@code j}. */
    private static int extend(List<Token> tokens, int j, int limit) {
        int end = j;
        int k = j;
        while (k < limit) {
            Token t = tokens.get(k);
            String n = t.norm();
            if (isDe(n) || n.equals("du") || n.equals("la") || n.equals("l'")) {
                // a complement only when a known complement noun follows ("de guerre")
                int c = k + 1;
                while (c < limit && (tokens.get(c).norm().equals("la") || tokens.get(c).norm().equals("l'"))) {
                    c++;
                }
                if (c < limit && MODIFIERS.contains(tokens.get(c).norm()) && !isDe(tokens.get(c).norm())
                        && !tokens.get(c).norm().equals("la")) {
                    k = c + 1;
                    end = k;
                    continue;
                }
                break;
            }
            boolean modelNumber = t.kind() == Token.Kind.NUMBER && k > 0 && k == end
                    && (MODELS.contains(tokens.get(k - 1).norm()) || isDesignation(tokens.get(k - 1).text()));
            if (MODIFIERS.contains(n) || isDesignation(t.text()) || MODELS.contains(n) || modelNumber
                    || t.text().matches("\\p{Lu}{3,}")) {
                k++;
                end = k;
                continue;
            }
            break;
        }
        return end;
    }

    private static boolean isDe(String norm) {
        return norm.equals("de") || norm.equals("d'");
    }
}
