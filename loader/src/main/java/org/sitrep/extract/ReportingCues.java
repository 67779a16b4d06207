package org.sitrep.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.TextNorm;
import org.sitrep.model.Token;

/**
 * The reporting verbs of French news ("déclarer", "affirmer", "a-t-il ajouté", "précisant") and
 * how to find them in a token sequence. Every conjugated form is generated from the lemma by the
 * regular French paradigms, so that a verb counts in any tense and person, and the lemma travels
 * with the match for the graph's {@code cueLemma}.
 */
final class ReportingCues {

    /** How a form stands in the verb group. */
    enum Form { FINITE, PAST_PARTICIPLE, PRESENT_PARTICIPLE, INFINITIVE }

    /** A generated form and the verb it belongs to. */
    record Entry(String lemma, Form form) {
    }

    /**
     * A reporting verb group found in the text.
     *
     * @param first            index of its first token (the auxiliary when compound)
     * @param last             index of its last token (the lexical verb)
     * @param lemma            the verb's infinitive
     * @param form             the form of the lexical verb
     * @param invertedPronoun  "il", "elle", "on", … when the subject is glued to the verb
     *                         ("a-t-il ajouté", "dit-elle"), else null
     * @param passive          an impersonal passive ("est-il précisé"): no speaker in the group
     */
    record Cue(int first, int last, String lemma, Form form, String invertedPronoun,
               boolean passive) {
    }

    /** Regular first-group verbs (-er) that report speech or a stated position. */
    private static final List<String> FIRST_GROUP = List.of(
            "déclarer", "affirmer", "ajouter", "préciser", "indiquer", "souligner", "estimer",
            "assurer", "annoncer", "rapporter", "expliquer", "confirmer", "insister",
            "réitérer", "accuser", "exhorter", "demander", "appeler", "noter", "rappeler",
            "certifier", "juger", "considérer", "nier", "raconter", "signaler", "marteler",
            "répéter", "observer", "remarquer", "relever", "constater", "témoigner", "révéler",
            "dénoncer", "déplorer", "regretter", "menacer", "proposer", "suggérer",
            "recommander", "réclamer", "exiger", "lancer", "abonder", "commenter", "confier",
            "lâcher", "mentionner", "jurer", "concéder", "contester", "réfuter", "répliquer",
            "rétorquer", "résumer", "détailler", "informer", "plaider", "tweeter", "twitter",
            "prôner", "avancer", "inviter", "encourager", "presser", "implorer", "supplier",
            "continuer", "trancher", "tonner", "fustiger", "clamer", "proclamer", "préconiser",
            "insinuer", "alerter", "féliciter", "saluer", "déclamer", "rassurer", "nuancer",
            "ironiser", "étonner", "inquiéter", "indigner", "relativiser", "tempérer",
            "glisser", "souffler", "avouer", "confesser", "objecter", "protester",
            "plaisanter", "railler", "interroger", "questionner", "exclamer", "écrier",
            "compléter", "enchaîner", "expliciter", "claironner", "asséner", "réaffirmer",
            "conseiller", "relater", "attester", "communiquer", "notifier", "sommer");

    /** Second-group verbs (-ir with -iss-). */
    private static final List<String> SECOND_GROUP = List.of(
            "avertir", "garantir", "réagir", "renchérir", "réjouir");

    /**
     * Irregular verbs, each as: lemma, present (1s 3s 1p 2p 3p), past participle, imparfait
     * stem, futur stem, passé simple 3s, passé simple 3p, present participle.
     */
    private static final List<String[]> IRREGULAR = List.of(
            new String[] {"dire", "dis", "dit", "disons", "dites", "disent", "dit", "dis", "dir",
                "dit", "dirent", "disant"},
            new String[] {"prédire", "prédis", "prédit", "prédisons", "prédisez", "prédisent",
                "prédit", "prédis", "prédir", "prédit", "prédirent", "prédisant"},
            new String[] {"écrire", "écris", "écrit", "écrivons", "écrivez", "écrivent", "écrit",
                "écriv", "écrir", "écrivit", "écrivirent", "écrivant"},
            new String[] {"promettre", "promets", "promet", "promettons", "promettez",
                "promettent", "promis", "promett", "promettr", "promit", "promirent",
                "promettant"},
            new String[] {"admettre", "admets", "admet", "admettons", "admettez", "admettent",
                "admis", "admett", "admettr", "admit", "admirent", "admettant"},
            new String[] {"reconnaître", "reconnais", "reconnaît", "reconnaissons",
                "reconnaissez", "reconnaissent", "reconnu", "reconnaiss", "reconnaîtr",
                "reconnut", "reconnurent", "reconnaissant"},
            new String[] {"poursuivre", "poursuis", "poursuit", "poursuivons", "poursuivez",
                "poursuivent", "poursuivi", "poursuiv", "poursuivr", "poursuivit",
                "poursuivirent", "poursuivant"},
            new String[] {"conclure", "conclus", "conclut", "concluons", "concluez", "concluent",
                "conclu", "conclu", "conclur", "conclut", "conclurent", "concluant"},
            new String[] {"répondre", "réponds", "répond", "répondons", "répondez", "répondent",
                "répondu", "répond", "répondr", "répondit", "répondirent", "répondant"},
            new String[] {"démentir", "démens", "dément", "démentons", "démentez", "démentent",
                "démenti", "dément", "démentir", "démentit", "démentirent", "démentant"},
            new String[] {"prévenir", "préviens", "prévient", "prévenons", "prévenez",
                "préviennent", "prévenu", "préven", "préviendr", "prévint", "prévinrent",
                "prévenant"},
            new String[] {"soutenir", "soutiens", "soutient", "soutenons", "soutenez",
                "soutiennent", "soutenu", "souten", "soutiendr", "soutint", "soutinrent",
                "soutenant"},
            new String[] {"maintenir", "maintiens", "maintient", "maintenons", "maintenez",
                "maintiennent", "maintenu", "mainten", "maintiendr", "maintint", "maintinrent",
                "maintenant"},
            new String[] {"prétendre", "prétends", "prétend", "prétendons", "prétendez",
                "prétendent", "prétendu", "prétend", "prétendr", "prétendit", "prétendirent",
                "prétendant"},
            new String[] {"enjoindre", "enjoins", "enjoint", "enjoignons", "enjoignez",
                "enjoignent", "enjoint", "enjoign", "enjoindr", "enjoignit", "enjoignirent",
                "enjoignant"},
            new String[] {"reprendre", "reprends", "reprend", "reprenons", "reprenez",
                "reprennent", "repris", "repren", "reprendr", "reprit", "reprirent",
                "reprenant"},
            new String[] {"lire", "lis", "lit", "lisons", "lisez", "lisent", "lu", "lis", "lir",
                "lut", "lurent", "lisant"});

    /** Verbs whose object comes before the infinitive: "accuser X de", "appeler X à". */
    static final Set<String> OBJECT_THEN_INFINITIVE = Set.of(
            "accuser", "appeler", "exhorter", "inviter", "encourager", "presser", "implorer",
            "supplier", "avertir");

    /** Verbs that take a bare infinitive as their reported content ("a affirmé avoir …"). */
    static final Set<String> BARE_INFINITIVE = Set.of(
            "affirmer", "assurer", "annoncer", "dire", "déclarer", "estimer", "reconnaître",
            "nier", "démentir", "indiquer", "admettre", "jurer", "certifier", "confirmer",
            "répondre", "prétendre");

    /**
     * Verbs whose "de"/"à" infinitive is what was said ("a promis de retirer", "a appelé à
     * cesser"); "continuer de", "refuser de" report nothing.
     */
    static final Set<String> INFINITIVE_COMPLEMENT = Set.of(
            "promettre", "proposer", "menacer", "demander", "exhorter", "appeler", "accuser",
            "inviter", "encourager", "presser", "implorer", "supplier", "jurer", "recommander",
            "suggérer", "réclamer", "exiger", "avertir", "prévenir");

    /** Finite forms of avoir and être that build compound tenses (norms). */
    static final Set<String> AUXILIARIES = Set.of(
            "ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez",
            "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent", "avoir", "ayant",
            "suis", "es", "est", "sommes", "etes", "sont", "etais", "etait", "etaient", "sera",
            "seront", "serait", "seraient", "fut", "furent");

    private static final Set<String> BE = Set.of(
            "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut",
            "furent", "suis", "es", "sommes", "etes");

    private static final Set<String> MODALS = Set.of(
            "peut", "pouvait", "pourrait", "peuvent", "pouvaient", "pourraient", "doit",
            "devait");

    static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "on", "ils", "elles");

    /**
     * Words that may stand between an auxiliary and its participle ("a également affirmé",
     * "a quant à lui déclaré", "a pour sa part estimé", "a de nouveau rappelé").
     */
    static final Set<String> GROUP_ADVERBS = Set.of(
            "egalement", "aussi", "encore", "deja", "quant", "a", "lui", "elle", "eux", "elles",
            "pour", "sa", "part", "leur", "toutefois", "cependant", "pourtant", "neanmoins",
            "ainsi", "alors", "publiquement", "officiellement", "clairement", "notamment",
            "ensuite", "enfin", "d'", "ailleurs", "par", "pratiquement", "precedemment",
            "recemment", "plus", "tard", "tot", "plusieurs", "reprises", "maintes", "fois",
            "souvent", "toujours", "bien", "meme", "lui-meme", "elle-meme", "aussitot",
            "immediatement", "de", "nouveau", "en", "outre", "simplement", "seulement",
            "fermement", "vivement", "franchement", "directement", "explicitement",
            "expressement", "formellement", "longuement", "prudemment", "sobrement", "deux",
            "trois", "une", "tout", "juste", "d'abord", "abord", "aujourd'hui", "hier", "dernier",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ne", "n'",
            "pas", "jamais", "rien", "guere", "point", "ni", "non", "enormement", "haut", "fort",
            "avant", "apres", "finalement", "visiblement", "manifestement", "effectivement",
            "personnellement");

    /** Words of the adverb gap that make the group negated ("n'a pas précisé"). */
    static final Set<String> NEGATIONS = Set.of(
            "ne", "n'", "pas", "jamais", "rien", "guere", "point", "ni", "aucunement",
            "nullement");

    private final Map<String, Entry> forms = new HashMap<>();
    /** The same forms accent-folded, for text typed without accents ("a declare"). */
    private final Map<String, Entry> folded = new HashMap<>();
    /** Past participle readings, even of forms that are also finite ("dit", "écrit"). */
    private final Map<String, String> participles = new HashMap<>();

    ReportingCues() {
        for (String lemma : FIRST_GROUP) {
            if (!lemma.endsWith("_irr")) {
                addFirstGroup(lemma);
            }
        }
        for (String lemma : SECOND_GROUP) {
            addSecondGroup(lemma);
        }
        for (String[] p : IRREGULAR) {
            addIrregular(p);
        }
    }

    /** A finite avoir or être; "à" (folded to "a") is a preposition. */
    boolean isAuxiliary(Token t) {
        return AUXILIARIES.contains(t.norm()) && !key(t).equals("à");
    }

    /**
     * The reporting verb group starting at token {@code i}, or null. Bare past participles
     * ("l'accord annoncé") and infinitives are not groups on their own.
     */
    Cue match(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token tok = tokens.get(i);
        if (tok.kind() != Token.Kind.WORD) {
            return null;
        }
        String norm = tok.norm();
        String[] inverted = splitInverted(key(tok));
        if (inverted != null) {
            String base = inverted[0];
            String baseNorm = TextNorm.normWord(base);
            String pronoun = inverted[1];
            if (AUXILIARIES.contains(baseNorm)) {
                return participleAfter(tokens, i, pronoun, BE.contains(baseNorm));
            }
            if (MODALS.contains(baseNorm) && i + 1 < tokens.size()) {
                Entry e = entry(tokens.get(i + 1));
                if (e != null && e.form() == Form.INFINITIVE) {
                    return new Cue(i, i + 1, e.lemma(), Form.FINITE, pronoun, false);
                }
                return null;
            }
            Entry e = entry(base, tok.text());
            if (e != null && e.form() == Form.FINITE) {
                return new Cue(i, i, e.lemma(), Form.FINITE, pronoun, false);
            }
            return null;
        }
        if (isAuxiliary(tok) && !norm.equals("avoir") && !norm.equals("ayant")) {
            return participleAfter(tokens, i, null, false);
        }
        Entry e = entry(tok);
        if (e == null) {
            String phrase = causativePhrase(tokens, i);
            if (phrase == null) {
                return null;
            }
            Form form = tokens.get(i).norm().endsWith("ant") ? Form.PRESENT_PARTICIPLE
                    : Form.FINITE;
            return new Cue(i, phraseEnd(phrase, i), phrase, form, null, false);
        }
        if (e.form() == Form.FINITE || e.form() == Form.PRESENT_PARTICIPLE) {
            return new Cue(i, i, e.lemma(), e.form(), null, false);
        }
        return null;
    }

    /** The lemma of an infinitive ("ajouter"), or null. */
    String infinitive(Token t) {
        Entry e = entry(t);
        return e != null && e.form() == Form.INFINITIVE ? e.lemma() : null;
    }

    /** The lemma of a past participle, finite homographs included ("dit"), or null. */
    String participle(Token t) {
        String lemma = participles.get(key(t));
        return lemma == null && isUnaccented(t.text()) ? participles.get(t.norm()) : lemma;
    }

    /** A participle whose auxiliary stays with a first verb: "a dénoncé … et averti que". */
    Cue bareParticiple(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String lemma = participle(tokens.get(i));
        return lemma == null ? null : new Cue(i, i, lemma, Form.PAST_PARTICIPLE, null, false);
    }

    /**
     * Verbs of two or three words: "fait savoir", "fait valoir", "met en garde"; the index
     * of their last word is returned through the lemma's cue.
     */
    private static String causativePhrase(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return null;
        }
        String first = tokens.get(i).norm();
        String next = tokens.get(i + 1).norm();
        if (FAIRE.contains(first) && (next.equals("savoir") || next.equals("valoir"))) {
            return "faire " + next;
        }
        if (METTRE.contains(first) && next.equals("en") && i + 2 < tokens.size()
                && tokens.get(i + 2).norm().equals("garde")) {
            return "mettre en garde";
        }
        return null;
    }

    /** Index of the last word of a phrase verb starting at i ("mis en garde" ends at garde). */
    private static int phraseEnd(String phrase, int i) {
        return phrase.equals("mettre en garde") ? i + 2 : i + 1;
    }

    private static final Set<String> FAIRE = Set.of(
            "fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient", "fit",
            "firent", "faisant");

    private static final Set<String> METTRE = Set.of(
            "mis", "met", "mettent", "mettait", "mettaient", "mettra", "mettront", "mettrait",
            "mettraient", "mit", "mirent", "mettant");

    /** The participle closing a compound group whose auxiliary is token {@code aux}. */
    private Cue participleAfter(List<Token> tokens, int aux, String pronoun, boolean passive) {
        for (int j = aux + 1; j < tokens.size() && j <= aux + 6; j++) {
            Token t = tokens.get(j);
            if (t.kind() != Token.Kind.WORD) {
                return null;
            }
            String lemma = participle(t);
            if (lemma != null) {
                return new Cue(aux, j, lemma, Form.PAST_PARTICIPLE, pronoun, passive);
            }
            String phrase = causativePhrase(tokens, j);
            if (phrase != null) {
                return new Cue(aux, phraseEnd(phrase, j), phrase, Form.PAST_PARTICIPLE, pronoun,
                        passive);
            }
            if (!GROUP_ADVERBS.contains(t.norm())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Splits a verb with its subject pronoun glued by hyphens ("a-t-il", "dit-elle",
     * "ajoutent-ils") into the verb and the pronoun, or returns null.
     */
    static String[] splitInverted(String norm) {
        int dash = norm.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        String pronoun = norm.substring(dash + 1);
        if (!SUBJECT_PRONOUNS.contains(pronoun)) {
            return null;
        }
        String base = norm.substring(0, dash);
        if (base.endsWith("-t")) {
            base = base.substring(0, base.length() - 2);
        }
        return base.isEmpty() ? null : new String[] {base, pronoun};
    }

    /** Forms that are far more often another word: the adverb "maintenant", "l'avance". */
    private static final Set<String> OTHER_WORDS = Set.of("maintenant", "avance", "avances");

    /**
     * Lexicon key of a written word: lower case with apostrophes unified, accents kept, since
     * "annoncé" (a participle) and "annonce" (a finite verb) differ only by one.
     */
    private static String key(Token t) {
        return key(t.text());
    }

    private static String key(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    private static boolean isUnaccented(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** The entry of a word; text typed without accents is looked up accent-folded too. */
    private Entry entry(Token t) {
        return entry(key(t), t.text());
    }

    private Entry entry(String key, String text) {
        Entry e = forms.get(key);
        if (e == null && isUnaccented(text)) {
            e = folded.get(key);
        }
        return e;
    }

    private void put(String form, String lemma, Form kind) {
        String key = key(form);
        if (OTHER_WORDS.contains(key)) {
            return;
        }
        store(forms, key, lemma, kind);
        store(folded, TextNorm.normWord(form), lemma, kind);
        if (kind == Form.PAST_PARTICIPLE) {
            // "dit", "écrit" are finite forms and participles: keep both readings
            participles.put(key, lemma);
            participles.put(TextNorm.normWord(form), lemma);
        }
    }

    private static void store(Map<String, Entry> map, String key, String lemma, Form kind) {
        // a finite reading wins over a participle one
        Entry old = map.get(key);
        if (old == null || kind == Form.FINITE) {
            map.put(key, new Entry(lemma, kind));
        }
    }

    private void addFirstGroup(String lemma) {
        String stem = lemma.substring(0, lemma.length() - 2);
        // before a or o, c becomes ç and g becomes ge ("annonçait", "jugeant")
        String soft = stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "ç"
                : stem.endsWith("g") ? stem + "e" : stem;
        // the stressed stem: é or e before the last consonant turns è, -eler doubles the l
        String stressed = stressedStem(stem);
        String future = futureStem(stem, stressed);
        for (String ending : List.of("e", "es", "ent")) {
            put(stressed + ending, lemma, Form.FINITE);
        }
        put(soft + "ons", lemma, Form.FINITE);
        put(stem + "ez", lemma, Form.FINITE);
        for (String ending : List.of("ais", "ait", "aient")) {
            put(soft + ending, lemma, Form.FINITE);
        }
        put(stem + "ions", lemma, Form.FINITE);
        put(stem + "iez", lemma, Form.FINITE);
        for (String ending : List.of("a", "ont", "ait", "aient", "ai", "as")) {
            put(future + ending, lemma, Form.FINITE);
        }
        put(soft + "a", lemma, Form.FINITE);
        put(stem + "èrent", lemma, Form.FINITE);
        for (String ending : List.of("é", "ée", "és", "ées")) {
            put(stem + ending, lemma, Form.PAST_PARTICIPLE);
        }
        put(soft + "ant", lemma, Form.PRESENT_PARTICIPLE);
        put(lemma, lemma, Form.INFINITIVE);
    }

    private static String stressedStem(String stem) {
        int n = stem.length();
        if (stem.endsWith("el") && !stem.endsWith("vel")) {
            return stem + "l";
        }
        // find the vowel before the final consonant cluster
        int k = n - 1;
        while (k >= 0 && !isVowel(stem.charAt(k))) {
            k--;
        }
        if (k > 0 && k < n - 1 && (stem.charAt(k) == 'é' || stem.charAt(k) == 'e')
                && !isVowel(stem.charAt(k - 1))) {
            return stem.substring(0, k) + "è" + stem.substring(k + 1);
        }
        return stem;
    }

    private static String futureStem(String stem, String stressed) {
        // "appellera", "soulèvera" take the stressed stem; "réitérera" keeps é
        if (stressed.endsWith("ll") || (stressed.contains("è") && !stem.contains("é"))) {
            return stressed + "er";
        }
        return stem + "er";
    }

    private static boolean isVowel(char c) {
        return "aeiouyéèêàâîïôûù".indexOf(c) >= 0;
    }

    private void addSecondGroup(String lemma) {
        String stem = lemma.substring(0, lemma.length() - 2);
        for (String ending : List.of("is", "it", "issons", "issez", "issent", "issais", "issait",
                "issions", "issiez", "issaient", "ira", "iront", "irait", "iraient", "irent")) {
            put(stem + ending, lemma, Form.FINITE);
        }
        for (String ending : List.of("i", "ie", "is", "ies")) {
            put(stem + ending, lemma, Form.PAST_PARTICIPLE);
        }
        put(stem + "issant", lemma, Form.PRESENT_PARTICIPLE);
        put(lemma, lemma, Form.INFINITIVE);
    }

    private void addIrregular(String[] p) {
        String lemma = p[0];
        for (int k = 1; k <= 5; k++) {
            put(p[k], lemma, Form.FINITE);
        }
        String participle = p[6];
        put(participle, lemma, Form.PAST_PARTICIPLE);
        if (!participle.endsWith("s")) {
            put(participle + "s", lemma, Form.PAST_PARTICIPLE);
        }
        put(participle + "e", lemma, Form.PAST_PARTICIPLE);
        put(participle + "es", lemma, Form.PAST_PARTICIPLE);
        String imparfait = p[7];
        for (String ending : List.of("ais", "ait", "ions", "iez", "aient")) {
            put(imparfait + ending, lemma, Form.FINITE);
        }
        String future = p[8];
        for (String ending : List.of("a", "ont", "ait", "aient")) {
            put(future + ending, lemma, Form.FINITE);
        }
        put(p[9], lemma, Form.FINITE);
        put(p[10], lemma, Form.FINITE);
        put(p[11], lemma, Form.PRESENT_PARTICIPLE);
        put(lemma, lemma, Form.INFINITIVE);
    }
}
