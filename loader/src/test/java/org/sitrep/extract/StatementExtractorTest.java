package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotator;
import org.sitrep.link.Gazetteer;
import org.sitrep.link.Linker;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;

/** Statements read from sentences written for these tests, through the real stages. */
class StatementExtractorTest {

    private static final Linker LINKER = new Linker(Gazetteer.bundled());

    private static Document extract(String published, String text, Span... furniture) {
        Document doc = new Document(new Article("t", "test", null, null, null, published, text,
                List.of(furniture)));
        new Annotator().annotate(doc);
        LINKER.link(doc);
        new StatementExtractor().extract(doc);
        return doc;
    }

    private static Document extract(String text) {
        return extract(null, text);
    }

    /** The statement whose claim is exactly this text. */
    private static Statement claim(Document doc, String claim) {
        return doc.statements().stream().filter(s -> doc.text(s.claim()).equals(claim))
                .findFirst().orElseThrow(() -> new AssertionError("no claim \"" + claim
                        + "\" among " + doc.statements().stream()
                        .map(s -> doc.text(s.claim())).toList()));
    }

    private static void assertStatement(Document doc, String claim, String speaker,
                                        EntityType type, String cue, String lemma,
                                        boolean direct) {
        Statement s = claim(doc, claim);
        assertEquals(speaker, s.speaker().label(), "speaker of " + claim);
        assertEquals(type, s.speaker().type(), "speaker type of " + claim);
        assertEquals(cue, s.cue() == null ? null : doc.text(s.cue()), "cue of " + claim);
        assertEquals(lemma, s.cueLemma(), "lemma of " + claim);
        assertEquals(direct, s.direct(), "direct flag of " + claim);
    }

    @Test
    void quoteBeforeAnInvertedVerbAndTitledSurname() {
        Document doc = extract("Le président français Emmanuel Macron s'est rendu à Varsovie. "
                + "« Nous enverrons des renforts au printemps », a déclaré M. Macron.");
        assertStatement(doc, "Nous enverrons des renforts au printemps", "Emmanuel Macron",
                EntityType.PERSON, "a déclaré", "déclarer", true);
        assertEquals("Q3052772", claim(doc, "Nous enverrons des renforts au printemps")
                .speaker().wikidata());
        assertEquals(1, doc.statements().size());
    }

    @Test
    void quoteAfterAColon() {
        Document doc = extract("Le chef de la diplomatie américaine Antony Blinken a déclaré : "
                + "« Notre soutien ne faiblira pas. »");
        assertStatement(doc, "Notre soutien ne faiblira pas.", "Antony Blinken",
                EntityType.PERSON, "a déclaré", "déclarer", true);
    }

    @Test
    void quoteOverSeveralSentencesStaysOneStatement() {
        Document doc = extract("« La frontière est calme. Nous restons vigilants », a affirmé "
                + "Olaf Scholz.");
        assertStatement(doc, "La frontière est calme. Nous restons vigilants", "Olaf Scholz",
                EntityType.PERSON, "a affirmé", "affirmer", true);
        assertEquals(1, doc.statements().size());
    }

    @Test
    void verbInsideTheQuoteAttributesAllOfIt() {
        Document doc = extract("Antony Blinken a rencontré la presse à Bruxelles. « Cette aide "
                + "arrivera vite, a-t-il ajouté, et elle sera massive. »");
        assertEquals(1, doc.statements().size());
        assertStatement(doc, "Cette aide arrivera vite, a-t-il ajouté, et elle sera massive.",
                "Antony Blinken", EntityType.PERSON, "a-t-il ajouté", "ajouter", true);
    }

    @Test
    void verbSetBetweenCommasInsideAReportedClause() {
        Document doc = extract("Olaf Scholz a visité la base. La brigade, a-t-il précisé, sera "
                + "prête au printemps.");
        assertStatement(doc, "La brigade, a-t-il précisé, sera prête au printemps", "Olaf Scholz",
                EntityType.PERSON, "a-t-il précisé", "préciser", false);
    }

    @Test
    void secondVerbOfTheSameSubject() {
        Document doc = extract("Moscou a dénoncé une provocation et averti que toute livraison "
                + "serait une cible.");
        Statement s = claim(doc, "toute livraison serait une cible");
        assertEquals("Q159", s.speaker().wikidata());
        assertEquals("avertir", s.cueLemma());
    }

    @Test
    void pronounAfterABodyThatSpoke() {
        Document doc = extract("Joe Biden a quitté Séoul. La présidence sud-coréenne a affirmé "
                + "que l'alliance restait solide. Elle a ajouté que aucun retrait n'était "
                + "envisagé.");
        assertEquals("Q884", claim(doc, "l'alliance restait solide").speaker().wikidata());
        assertEquals("Q884", claim(doc, "aucun retrait n'était envisagé").speaker().wikidata());
    }

    @Test
    void frontedPourGivesAViewpoint() {
        Document doc = extract("Pour le secrétaire général de l'OTAN, Jens Stoltenberg, la "
                + "mission doit rester défensive.");
        assertStatement(doc, "la mission doit rester défensive", "Jens Stoltenberg",
                EntityType.PERSON, "Pour", "pour", false);
    }

    @Test
    void invertedPronounFindsTheLastPersonWhoSpoke() {
        Document doc = extract("La porte-parole de l'armée, Claire Vasseur, a affirmé que le "
                + "convoi avait franchi la frontière. « Aucun blessé n'est à déplorer », "
                + "a-t-elle précisé.");
        assertStatement(doc, "le convoi avait franchi la frontière", "Claire Vasseur",
                EntityType.PERSON, "a affirmé", "affirmer", false);
        assertStatement(doc, "Aucun blessé n'est à déplorer", "Claire Vasseur",
                EntityType.PERSON, "a-t-elle précisé", "préciser", true);
    }

    @Test
    void participleCarriesTheSpeakerOfItsClause() {
        Document doc = extract("« Les manœuvres commencent demain », a déclaré Boris Pistorius, "
                + "soulignant que les exercices dureraient dix jours.");
        assertStatement(doc, "Les manœuvres commencent demain", "Boris Pistorius",
                EntityType.PERSON, "a déclaré", "déclarer", true);
        assertStatement(doc, "les exercices dureraient dix jours", "Boris Pistorius",
                EntityType.PERSON, "soulignant", "souligner", false);
    }

    @Test
    void queClauseAfterAdverbsAndAnIndirectObject() {
        Document doc = extract("Le ministre allemand de la Défense Boris Pistorius a quant à lui "
                + "indiqué aux journalistes que la brigade serait prête en 2027.");
        assertStatement(doc, "la brigade serait prête en 2027", "Boris Pistorius",
                EntityType.PERSON, "a quant à lui indiqué", "indiquer", false);
    }

    @Test
    void reportedClauseStopsBeforeAnInvertedVerb() {
        Document doc = extract("Joe Biden a assuré que les alliés pouvaient compter sur "
                + "Washington, a rapporté un diplomate.");
        assertStatement(doc, "les alliés pouvaient compter sur Washington", "Joe Biden",
                EntityType.PERSON, "a assuré", "assurer", false);
    }

    @Test
    void infinitiveComplementOfACapitalStandingForItsState() {
        Document doc = extract("Moscou a promis jeudi de retirer ses blindés de la frontière.");
        Statement s = claim(doc, "de retirer ses blindés de la frontière");
        assertEquals(EntityType.COUNTRY, s.speaker().type());
        assertEquals("Q159", s.speaker().wikidata());
        assertEquals("promettre", s.cueLemma());
        assertEquals(false, s.direct());
    }

    @Test
    void capitalAsSpeakerOfAQueClause() {
        Document doc = extract("Washington a averti que toute incursion aurait un coût élevé.");
        Statement s = claim(doc, "toute incursion aurait un coût élevé");
        assertEquals("Q30", s.speaker().wikidata());
        assertEquals("avertir", s.cueLemma());
    }

    @Test
    void selonFrontedAndTrailing() {
        Document doc = extract("Selon Politico, la Maison-Blanche prépare un nouveau paquet "
                + "d'armes. Trois frégates ont quitté le port de Toulon, selon des sources "
                + "diplomatiques.");
        assertStatement(doc, "la Maison-Blanche prépare un nouveau paquet d'armes", "Politico",
                EntityType.ORGANIZATION, "Selon", "selon", false);
        Statement anonymous = claim(doc, "Trois frégates ont quitté le port de Toulon");
        assertEquals(EntityType.ANONYMOUS, anonymous.speaker().type());
        assertEquals("des sources diplomatiques", anonymous.speaker().label());
        assertNull(anonymous.speaker().wikidata());
    }

    @Test
    void dapresWithARelativePronoun() {
        Document doc = extract("Le départ suit une enquête de Politico d'après laquelle deux "
                + "bataillons seraient rappelés avant l'été.");
        Statement s = claim(doc, "deux bataillons seraient rappelés avant l'été");
        assertEquals("Politico", s.speaker().label());
        assertEquals("d'après", s.cueLemma());
    }

    @Test
    void bareQuoteContinuesThePreviousSpeaker() {
        Document doc = extract("« Nous ne reculerons pas », a déclaré Vladimir Poutine. "
                + "« Notre position est connue de tous. »");
        Statement s = claim(doc, "Notre position est connue de tous.");
        assertEquals("Q7747", s.speaker().wikidata());
        assertNull(s.cue());
        assertNull(s.cueLemma());
        assertTrue(s.direct());
    }

    @Test
    void quotedWordInsideAReportedClauseIsNoStatementOfItsOwn() {
        Document doc = extract("Le général Marc Lenoir a affirmé que ses troupes assuraient la "
                + "\"coordination\" avec les alliés.");
        assertEquals(1, doc.statements().size());
        assertStatement(doc, "ses troupes assuraient la \"coordination\" avec les alliés",
                "Marc Lenoir", EntityType.PERSON, "a affirmé", "affirmer", false);
    }

    @Test
    void quoteMixedWithTextBeforeTheVerbIsReported() {
        Document doc = extract("Le ministre Marc Lenoir est arrivé à Dakar. Les renforts seront "
                + "« essentiellement défensifs », a précisé le ministre.");
        assertStatement(doc, "Les renforts seront « essentiellement défensifs »", "Marc Lenoir",
                EntityType.PERSON, "a précisé", "préciser", false);
    }

    @Test
    void pronounSubjectIsTheLatestPerson() {
        Document doc = extract("Joe Biden est arrivé à Varsovie mardi. Il a assuré que les "
                + "alliés pouvaient compter sur les États-Unis.");
        assertStatement(doc, "les alliés pouvaient compter sur les États-Unis", "Joe Biden",
                EntityType.PERSON, "a assuré", "assurer", false);
        assertEquals(List.of("Q30"), claim(doc, "les alliés pouvaient compter sur les États-Unis")
                .mentioned().stream().map(Entity::wikidata).toList());
    }

    @Test
    void titleAloneFindsThePersonIntroducedWithIt() {
        Document doc = extract("Le secrétaire d'État américain Antony Blinken a rencontré son "
                + "homologue à Genève. Le secrétaire américain a ensuite estimé que le dialogue "
                + "restait possible.");
        assertStatement(doc, "le dialogue restait possible", "Antony Blinken", EntityType.PERSON,
                "a ensuite estimé", "estimer", false);
    }

    @Test
    void ceDernierIsTheLastPersonNamed() {
        Document doc = extract("Olaf Scholz a reçu le président polonais Andrzej Duda. Ce "
                + "dernier a souligné que la frontière devait rester ouverte.");
        assertStatement(doc, "la frontière devait rester ouverte", "Andrzej Duda",
                EntityType.PERSON, "a souligné", "souligner", false);
    }

    @Test
    void coordinatedSubjectsOfARelativeEachSpeak() {
        Document doc = extract("La rencontre a réuni Emmanuel Macron et Olaf Scholz, qui ont "
                + "estimé que la crise pouvait encore être évitée.");
        List<String> speakers = doc.statements().stream().map(s -> s.speaker().label())
                .toList();
        assertEquals(List.of("Emmanuel Macron", "Olaf Scholz"), speakers);
    }

    @Test
    void anonymousSourceAndItsLaterDefiniteMention() {
        Document doc = extract("Un haut responsable militaire a indiqué que deux bataillons "
                + "étaient en alerte. « La situation évolue vite », a ajouté le responsable.");
        Statement first = claim(doc, "deux bataillons étaient en alerte");
        assertEquals(EntityType.ANONYMOUS, first.speaker().type());
        assertEquals("un haut responsable militaire", first.speaker().label());
        Statement second = claim(doc, "La situation évolue vite");
        assertEquals(EntityType.ANONYMOUS, second.speaker().type());
        assertEquals(first.speaker(), second.speaker());
    }

    @Test
    void negatedAndWithheldSpeechGiveNothing() {
        Document doc = extract("Le ministre Marc Lenoir n'a pas précisé que le départ aurait "
                + "lieu lundi. Paris n'a ni confirmé ni démenti que des soldats étaient sur "
                + "place. Marc Lenoir n'a jamais affirmé que la base fermerait, sans préciser "
                + "pourquoi.");
        assertEquals(List.of(), doc.statements());
    }

    @Test
    void furnitureAndLinksToOtherArticlesGiveNothing() {
        String text = "Mots-clés : Biden a déclaré que tout allait bien\n"
                + "A lire : Macron affirme que les troupes resteront au Mali\n"
                + "Olaf Scholz a annoncé que la brigade partirait en mai.";
        Document doc = extract(null, text, new Span(0, text.indexOf('\n')));
        assertEquals(1, doc.statements().size());
        assertEquals("la brigade partirait en mai", doc.text(doc.statements().get(0).claim()));
    }

    @Test
    void weekdayAndDayMonthDatesResolveAgainstPublication() {
        // 15 March 2024 is a Friday
        Document doc = extract("2024-03-15", "Mardi, Olaf Scholz a déclaré que la brigade "
                + "partirait en mai. Le 2 mars, Joe Biden avait affirmé que l'aide arriverait "
                + "bientôt. Emmanuel Macron a estimé que la paix restait possible.");
        assertEquals("2024-03-12", claim(doc, "la brigade partirait en mai").date());
        assertEquals("2024-03-02", claim(doc, "l'aide arriverait bientôt").date());
        assertEquals("2024-03-15", claim(doc, "la paix restait possible").date());
    }

    @Test
    void weekdayWithoutAFullPublicationDayKeepsThePublicationDate() {
        Document doc = extract("2024-03", "Mardi, Olaf Scholz a déclaré que la brigade "
                + "partirait en mai.");
        assertEquals("2024-03", claim(doc, "la brigade partirait en mai").date());
        Document undated = extract(null, "Mardi, Olaf Scholz a déclaré que la brigade "
                + "partirait en mai.");
        assertNull(claim(undated, "la brigade partirait en mai").date());
    }

    @Test
    void weekdayInsideTheClaimIsNotTheDateOfSpeech() {
        Document doc = extract("2024-03-15", "Olaf Scholz a déclaré que la brigade était "
                + "partie lundi.");
        assertEquals("2024-03-15", claim(doc, "la brigade était partie lundi").date());
    }

    @Test
    void datelineIsNoPartOfTheClaim() {
        Document doc = extract("BERLIN | La brigade partira en mai, a annoncé Olaf Scholz.");
        assertStatement(doc, "La brigade partira en mai", "Olaf Scholz", EntityType.PERSON,
                "a annoncé", "annoncer", false);
    }

    @Test
    void claimsAreVerbatimSpans() {
        Document doc = extract("« Nous partirons », a dit M. Scholz. Olaf Scholz a ajouté que "
                + "la date restait à fixer, selon des diplomates.");
        for (Statement s : doc.statements()) {
            String claim = doc.text(s.claim());
            assertTrue(doc.text().contains(claim));
            assertTrue(!claim.endsWith(".") && !claim.endsWith(","), claim);
        }
    }

    @Test
    void gerundTakesTheSubjectOfItsClause() {
        Document doc = extract("Le président Emmanuel Macron a répondu aux critiques en "
                + "affirmant que la sécurité du continent se jouait à l'Est.");
        assertStatement(doc, "la sécurité du continent se jouait à l'Est", "Emmanuel Macron",
                EntityType.PERSON, "affirmant", "affirmer", false);
    }

    @Test
    void relativeAfterAnAgentComplement() {
        Document doc = extract("La décision a été rendue publique par Washington, qui a "
                + "précisé que le contingent partirait en mai.");
        assertEquals("Q30", claim(doc, "le contingent partirait en mai").speaker().wikidata());
    }

    @Test
    void documentSpeaksForTheBodyItComesFrom() {
        Document doc = extract("Un communiqué de l'armée philippine précise que deux navires "
                + "sont restés au large.");
        Statement s = claim(doc, "deux navires sont restés au large");
        assertEquals(EntityType.ORGANIZATION, s.speaker().type());
        assertEquals("Armée philippine", s.speaker().label());
    }

    @Test
    void newspaperNamedOnceIsTheLaterJournal() {
        Document doc = extract("Le quotidien britannique The Guardian a rapporté que deux "
                + "frégates avaient quitté Portsmouth. Cette décision « change la donne », "
                + "estime le journal.");
        Statement first = claim(doc, "deux frégates avaient quitté Portsmouth");
        Statement second = claim(doc, "Cette décision « change la donne »");
        assertEquals(first.speaker(), second.speaker());
        assertEquals(EntityType.ORGANIZATION, second.speaker().type());
    }

    @Test
    void verbAfterMaisKeepsTheNegatedVerbsSubject() {
        Document doc = extract("Le ministre Marc Lenoir n'a pas confirmé la date, mais a "
                + "indiqué que des discussions avaient lieu.");
        assertEquals(1, doc.statements().size());
        assertStatement(doc, "des discussions avaient lieu", "Marc Lenoir", EntityType.PERSON,
                "a indiqué", "indiquer", false);
    }

    @Test
    void outletNamedAfterItsMediaNoun() {
        Document doc = extract("Trois soldats ont été blessés, selon les informations de "
                + "l'agence Nordpresse.");
        Statement s = claim(doc, "Trois soldats ont été blessés");
        assertEquals("Nordpresse", s.speaker().label());
        assertEquals(EntityType.ORGANIZATION, s.speaker().type());
    }

    @Test
    void verbsThatReportNothingGiveNothing() {
        Document doc = extract("L'armée continue de préparer la mission. Le Kremlin a dénoncé "
                + "une provocation. Selon les termes de l'accord, les troupes resteront six mois. "
                + "La décision annoncée hier reste en vigueur.");
        assertEquals(List.of(), doc.statements());
    }

    @Test
    void narrativeInfinitiveGoesOnWithTheSpeaker() {
        Document doc = extract("« Nous avons reçu des garanties », a expliqué Olaf Scholz, avant "
                + "d'ajouter : « Rien n'est encore signé. »");
        assertStatement(doc, "Nous avons reçu des garanties", "Olaf Scholz", EntityType.PERSON,
                "a expliqué", "expliquer", true);
        assertStatement(doc, "Rien n'est encore signé.", "Olaf Scholz", EntityType.PERSON,
                "avant d'ajouter", "ajouter", true);
    }

    @Test
    void quotedAdjectiveBeforeANounIsNoClaim() {
        Document doc = extract("Le ministre Marc Lenoir a jugé « inacceptable » la décision de "
                + "Moscou.");
        assertEquals(List.of(), doc.statements());
    }

    @Test
    void pluralPronounFindsThePluralSpeaker() {
        Document doc = extract("Les États-Unis ont averti que la ligne rouge était franchie. "
                + "Ils ont ajouté que des sanctions suivraient.");
        assertEquals("Q30", claim(doc, "des sanctions suivraient").speaker().wikidata());
    }

    @Test
    void relativeClauseAfterAFrontedSourceIsNoClaim() {
        Document doc = extract("Selon un responsable américain, qui a requis l'anonymat, trois "
                + "brigades ont été placées en alerte.");
        Statement s = claim(doc, "trois brigades ont été placées en alerte");
        assertEquals(EntityType.ANONYMOUS, s.speaker().type());
        assertEquals("un responsable américain", s.speaker().label());
    }

    @Test
    void phraseVerbs() {
        Document doc = extract("Le Kremlin a fait savoir que les exercices étaient terminés. "
                + "Joe Biden a mis en garde contre toute escalade, estimant que la région "
                + "restait fragile.");
        assertEquals("faire savoir", claim(doc, "les exercices étaient terminés").cueLemma());
        assertStatement(doc, "la région restait fragile", "Joe Biden", EntityType.PERSON,
                "estimant", "estimer", false);
    }

    @Test
    void titleIntroducedNextWithItsHolderWinsOverAnEarlierName() {
        Document doc = extract("Joe Biden a reçu ses conseillers. Le chef d'état-major "
                + "interarmées des États-Unis a affirmé que la flotte resterait en Méditerranée. "
                + "Charles Q. Brown, le chef d'état-major interarmées des États-Unis, a ensuite "
                + "précisé que deux navires rentreraient.");
        assertEquals("Charles Q. Brown",
                claim(doc, "la flotte resterait en Méditerranée").speaker().label());
        assertEquals("Charles Q. Brown",
                claim(doc, "deux navires rentreraient").speaker().label());
    }

    @Test
    void pronounAgreesWithTheGenderTheTextShows() {
        Document doc = extract("La ministre Claire Vasseur a reçu le général Marc Lenoir. Elle "
                + "a ajouté que le budget suivrait.");
        assertEquals("Claire Vasseur", claim(doc, "le budget suivrait").speaker().label());
    }
}
