package org.sitrep.link;

import java.util.Map;
import java.util.Set;

/**
 * Closed French word lists that tell the linker what a capitalized word next to them is.
 * All entries are in {@code Token.norm()} form: lower case, accents folded.
 */
final class Cues {

    private Cues() {
    }

    /** Courtesy titles written right before a surname ("M. Kirby", "Mme Amherd"). */
    static final Set<String> HONORIFICS = Set.of("m", "mme", "mmes", "mlle", "mgr", "dr", "pr");

    /** Titles, offices and roles that introduce a person's name. */
    static final Set<String> TITLES = Set.of(
            "president", "presidente", "ministre", "porte-parole", "chef", "cheffe", "general",
            "colonel", "lieutenant-colonel", "commandant", "amiral", "contre-amiral",
            "vice-amiral", "capitaine", "lieutenant", "sergent", "marechal", "secretaire",
            "conseiller", "conseillere", "ambassadeur", "ambassadrice", "directeur", "directrice",
            "depute", "deputee", "senateur", "senatrice", "legislateur", "legislatrice",
            "homologue", "chancelier", "chanceliere", "roi", "reine", "prince", "princesse",
            "patron", "patronne", "dirigeant", "dirigeante", "opposant", "opposante", "gouverneur",
            "gouverneure", "maire", "juge", "procureur", "procureure", "analyste", "expert",
            "experte", "chercheur", "chercheuse", "professeur", "professeure", "journaliste",
            "correspondant", "correspondante", "envoye", "envoyee", "emissaire", "representant",
            "representante", "vice-president", "vice-presidente", "commissaire",
            "haut-commissaire", "sous-secretaire", "coordinateur", "coordinatrice", "attache",
            "attachee", "pape", "ayatollah", "cheikh", "emir", "sultan", "candidat", "candidate",
            "militant", "militante", "avocat", "avocate", "ex-president", "ex-ministre",
            "leader",
            "sergent-chef", "adjudant", "caporal", "soldat", "officier", "diplomate");

    /** Words that may open a role before its title ("le Premier ministre", "le haut législateur"). */
    static final Set<String> TITLE_PREFIXES = Set.of("premier", "premiere", "vice", "ex", "ancien",
            "ancienne", "haut", "haute", "nouveau", "nouvelle", "futur", "future", "sous");

    /** Prepositions and articles: a capitalized word after them is a complement, not a name. */
    static final Set<String> PREPOSITIONS_AND_ARTICLES = Set.of("de", "d'", "du", "des", "la", "le",
            "les", "l'", "a", "au", "aux", "en", "pour", "sur", "par", "chez");

    static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'");

    /** A definite singular before a role makes it refer to one known holder ("du porte-parole"). */
    static final Set<String> DEFINITE_SINGULAR = Set.of("le", "la", "l'", "du", "au");

    /** Words that end a role before any name can follow: verbs, pronouns, conjunctions. */
    static final Set<String> CLAUSE_WORDS = Set.of(
            "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "etait",
            "etaient", "sera", "seront", "serait", "seraient", "pourrait", "pourraient", "peut",
            "peuvent", "doit", "doivent", "devrait", "devraient", "veut", "veulent", "va", "vont",
            "fait", "font", "n'", "ne", "se", "s'", "qui", "que", "qu'", "dont", "ou", "il", "elle",
            "ils", "elles", "on", "y", "lors", "mais", "car", "donc", "quand", "lorsque", "si",
            "comme", "selon", "avec", "sans", "contre", "apres", "avant", "pendant", "dans",
            "sous", "vers", "parmi", "depuis", "ce", "cette", "ces", "son", "sa", "ses", "leur",
            "leurs", "un", "une", "aussi", "egalement", "deja", "toujours", "jamais", "pas",
            "plus", "tres", "lui", "eux", "nous", "vous", "je", "tu", "me", "te", "cela", "ceci",
            "ca", "tout", "tous", "toute", "toutes");

    /** Capitalized words that open sentences or dates and are never names by themselves. */
    static final Set<String> CAPITALIZED_STOP = Set.of(
            "le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "il", "elle", "ils",
            "elles", "on", "nous", "vous", "je", "ce", "cette", "ces", "cet", "selon", "mais",
            "et", "ou", "or", "donc", "car", "si", "en", "a", "au", "aux", "dans", "pour", "par",
            "sur", "sous", "avec", "sans", "apres", "avant", "depuis", "pendant", "lors",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
            "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
            "novembre", "decembre", "son", "sa", "ses", "leur", "leurs", "quelques", "plusieurs",
            "tous", "toutes", "tout", "toute", "qui", "que", "qu'", "quand", "comment",
            "pourquoi", "interroge", "interrogee", "ainsi", "cependant", "pourtant", "enfin",
            "outre", "environ", "plus", "moins", "notamment", "aussi", "entre", "vers", "chez",
            "n'", "ne", "y", "oui", "non", "ici", "la-bas", "lire", "voir", "photo", "video",
            "etat", "etats", "gouvernement", "armee", "forces", "ministre", "president");

    /** Forms of "avoir" that open a perfect tense ("a déclaré", "avait annoncé"). */
    static final Set<String> AUXILIARIES = Set.of("a", "avait", "aurait", "ont", "avaient",
            "auraient");

    /** Particles that may stand inside a person's name between capitalized words. */
    static final Set<String> NAME_PARTICLES = Set.of("de", "du", "von", "van", "der", "den", "bin",
            "ben", "ibn", "al", "el", "da", "dos", "di", "le", "la", "d'");

    /** Past participles and present forms that report speech ("a déclaré Jean Dupont"). */
    static final Set<String> REPORTING_VERBS = Set.of(
            "declare", "dit", "affirme", "ajoute", "indique", "explique", "precise", "souligne",
            "estime", "assure", "annonce", "averti", "avertit", "prevenu", "previent", "confie",
            "martele", "insiste", "poursuivi", "poursuit", "rappele", "rappelle", "note",
            "abonde", "ecrit", "repondu", "repond", "commente", "deplore", "juge", "reconnu",
            "reconnait", "confirme", "dement", "dementi", "observe", "raconte", "temoigne",
            "lance", "conclu", "conclut", "admis", "admet", "signale", "fait",
            "plaide", "regrette", "salue", "declarait", "affirmait", "expliquait", "estimait",
            "denonce", "accuse", "menace", "exige", "reclame", "rejete", "exclu", "condamne",
            "critique", "repete", "reitere", "souhaite", "suggere", "demande", "appele",
            "exhorte", "promis", "garanti", "indiquait", "precisait", "ajoutait");

    /** Words after "de" that show the next capitalized word is a place ("la ville de Lviv"). */
    static final Set<String> PLACE_NOUNS = Set.of(
            "ville", "villes", "region", "regions", "province", "provinces", "capitale", "camp",
            "port", "base", "village", "villages", "localite", "district", "oblast", "territoire",
            "aeroport", "banlieue", "environs", "alentours", "pres", "loin", "centre", "nord",
            "sud", "est", "ouest", "habitants", "maire", "rues", "quartier", "depart", "partir",
            "parti", "partis", "partie", "quitte", "eloigne", "eloignes", "eloignees", "eloignee",
            "route", "frontiere", "cote", "golfe", "ile", "iles", "peninsule", "detroit", "mer",
            "fleuve", "vallee", "canton", "commune", "comte", "etat", "arrivee", "provenance",
            "nord-est", "nord-ouest", "sud-est", "sud-ouest", "kilometres", "km", "peripherie",
            "abords", "porte", "portes");

    /** Verbs whose object is a city as a place ("capturer Kiev"), not its government. */
    static final Set<String> PLACE_VERBS = Set.of("capturer", "prendre", "attaquer", "bombarder",
            "frapper", "encercler", "assieger", "atteindre", "rejoindre", "quitter", "visiter",
            "gagner", "survoler", "evacuer", "defendre", "proteger", "reprendre", "envahir",
            "rallier", "occuper", "conquerir", "detruire", "viser", "menacer", "isoler",
            "traverser", "rentrer", "arriver", "partir", "rester", "habiter", "vivre");

    /** Prepositions that put a place after them ("à Kiev", "vers Kiev", "près de Kiev"). */
    static final Set<String> LOCATIVES = Set.of("au", "aux", "en", "vers", "depuis", "jusqu'a",
            "dans", "sur", "via", "pres");

    /** Words before "à + capital" that make it a recipient ("des armes à Kiev", "demandé à Moscou"). */
    static final Set<String> GIVING_STEMS = Set.of("fourn", "livr", "vend", "donn", "accord",
            "offr", "arm", "aide", "promi", "promet", "transf", "envoi", "cede", "pret",
            "demand", "appel", "exhort", "reproch", "conseill", "recommand", "propos", "enjoi",
            "adress", "signal", "rappel");

    /** Heads that name a government when a demonym follows ("le gouvernement ukrainien"). */
    static final Set<String> GOVERNMENT_HEADS = Set.of("gouvernement", "administration", "regime",
            "executif");

    /**
     * A ministry's portfolio as French names it (normalized, after "ministère … de/des") and its
     * English name, so that "le ministère britannique de la Défense" also gets the English label
     * "Ministry of Defence (United Kingdom)", the form English-speaking users and Wikidata use.
     */
    static final Map<String, String> MINISTRY_PORTFOLIOS = Map.of(
            "defense", "Ministry of Defence",
            "defense nationale", "Ministry of National Defence",
            "armees", "Ministry of the Armed Forces",
            "affaires etrangeres", "Ministry of Foreign Affairs",
            "interieur", "Ministry of the Interior");

    /** Lower-case heads of an organization's name; they need a complement to name one. */
    static final Set<String> ORG_HEADS = Set.of("ministere", "ambassade", "etat-major",
            "departement", "agence", "commission", "conseil", "assemblee", "parlement",
            "consulat", "secretariat");

    /** Capitalized heads that name an organization by themselves with their adjectives. */
    static final Set<String> CAPITALIZED_ORG_HEADS = Set.of("agence", "conseil", "forces", "force",
            "commission", "assemblee", "parlement", "ministere", "office", "organisation",
            "fondation", "institut", "cour", "tribunal", "parti", "comite", "front", "mouvement",
            "garde", "armee", "corps", "mission", "groupe", "union", "brigade", "bureau",
            "departement", "ambassade", "etat-major", "senat", "chambre", "congres", "banque",
            "fonds", "alliance", "coalition", "academie", "universite", "centre", "direction");

    /** Adjectives that may follow an organization's head ("Conseil fédéral", "état-major général"). */
    static final Set<String> ORG_ADJECTIVES = Set.of("federal", "federale", "general", "generale",
            "national", "nationale", "nationaux", "interarmees", "supreme", "militaire",
            "militaires", "permanent", "permanente", "europeen", "europeenne", "international",
            "internationale", "democratiques", "alliees", "armees", "speciales", "speciaux",
            "populaire", "populaires", "islamique", "revolutionnaire", "republicaine", "royal",
            "royale", "royaux", "aeriennes", "navales", "terrestres", "strategiques", "unies",
            "arabe", "africaine", "atlantique", "central", "centrale", "presidentiel",
            "presidentielle", "exterieur", "exterieure", "etrangeres", "interieur");

    /** Words that make a capitalized group an organization rather than a person. */
    static final Set<String> ORG_WORDS = Set.of("international", "internationale", "agence",
            "conseil", "forces", "commission", "union", "organisation", "ministere", "fondation",
            "institut", "groupe", "parti", "front", "armee", "banque", "fonds", "comite", "cour",
            "tribunal", "office", "bureau", "service", "centre", "association", "news", "post",
            "times", "journal", "press", "presse", "television", "radio", "tv", "france",
            "watch", "amnesty", "human", "rights", "nations", "unies", "assemblee", "senat");
}
