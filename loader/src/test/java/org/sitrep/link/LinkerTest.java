package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotator;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Role;
import org.sitrep.model.Span;

class LinkerTest {

    private static final Linker LINKER = new Linker(Gazetteer.bundled());

    private static Document link(String text, Span... furniture) {
        Document doc = new Document(new Article("t", "test", null, null, null, null, text,
                List.of(furniture)));
        new Annotator().annotate(doc);
        LINKER.link(doc);
        return doc;
    }

    /** The mention whose text is exactly {@code surface}, first occurrence. */
    private static Optional<Mention> mention(Document doc, String surface) {
        return doc.mentions().stream().filter(m -> doc.text(m.span()).equals(surface)).findFirst();
    }

    private static Mention must(Document doc, String surface) {
        return mention(doc, surface).orElseThrow(() -> new AssertionError(
                "no mention \"" + surface + "\" among " + doc.mentions().stream()
                        .map(m -> doc.text(m.span())).toList()));
    }

    @Test
    void countriesWithTheirArticlesAndElision() {
        Document doc = link("Les États-Unis et la France ont livré des obus à l'Ukraine, "
                + "a rappelé un diplomate venu d'Ukraine.");
        assertEquals("Q30", must(doc, "Les États-Unis").entity().wikidata());
        assertEquals("Q142", must(doc, "la France").entity().wikidata());
        assertEquals("Q212", must(doc, "l'Ukraine").entity().wikidata());
        Mention elided = must(doc, "Ukraine");
        assertEquals("Q212", elided.entity().wikidata());
        assertEquals(Mention.Kind.NAME, elided.kind());
    }

    @Test
    void accentsCaseAndApostrophesVary() {
        Document doc = link("WASHINGTON | Les Etats-Unis soutiennent l’Ukraine.\n"
                + "Mots-clés : ukraine, otan");
        assertEquals("Q30", must(doc, "Les Etats-Unis").entity().wikidata());
        assertEquals("Q212", must(doc, "l’Ukraine").entity().wikidata());
        assertTrue(mention(doc, "ukraine").isEmpty(), "a lower-case tag is no name");
        assertTrue(mention(doc, "otan").isEmpty(), "an acronym in lower case is no name");
    }

    @Test
    void kievAndKyivAreTheSameCapital() {
        Document doc = link("Les diplomates restent à Kiev. Les journalistes arrivent à Kyiv.");
        assertEquals("Q1899", must(doc, "Kiev").entity().wikidata());
        assertEquals("Q1899", must(doc, "Kyiv").entity().wikidata());
        assertEquals(EntityType.PLACE, must(doc, "Kyiv").entity().type());
    }

    @Test
    void acronymsMatchOnlyInTheirCasing() {
        Document doc = link("Les ministres de l'OTAN et ceux de l'Otan se sont réunis avec l'UE. "
                + "Le tableau de bord ue et le mot otan ne comptent pas.");
        assertEquals("Q7184", must(doc, "l'OTAN").entity().wikidata());
        assertEquals("Q7184", must(doc, "l'Otan").entity().wikidata());
        assertEquals("Q458", must(doc, "UE").entity().wikidata());
        assertTrue(mention(doc, "ue").isEmpty());
        assertTrue(mention(doc, "otan").isEmpty());
    }

    @Test
    void capitalThatActsIsItsState() {
        Document doc = link("Moscou a averti les Occidentaux. Washington pourrait répondre. "
                + "Paris n'a ni confirmé ni démenti. Le Kremlin souligne que rien n'est décidé.");
        Mention moscow = must(doc, "Moscou");
        assertEquals("Q159", moscow.entity().wikidata());
        assertEquals(Mention.Kind.METONYM, moscow.kind());
        assertEquals("Q30", must(doc, "Washington").entity().wikidata());
        assertEquals(Mention.Kind.METONYM, must(doc, "Washington").kind());
        assertEquals("Q142", must(doc, "Paris").entity().wikidata());
        Mention kremlin = must(doc, "Le Kremlin");
        assertEquals("Q159", kremlin.entity().wikidata());
        assertEquals(Mention.Kind.METONYM, kremlin.kind());
    }

    @Test
    void capitalAfterALocativeIsThePlace() {
        Document doc = link("Des combats ont eu lieu près de Moscou, puis les blindés sont "
                + "repartis vers Varsovie.");
        Mention moscow = must(doc, "Moscou");
        assertEquals(EntityType.PLACE, moscow.entity().type());
        assertEquals("Q649", moscow.entity().wikidata());
        assertEquals(Mention.Kind.NAME, moscow.kind());
        assertEquals("Q270", must(doc, "Varsovie").entity().wikidata());
        assertEquals(Gazetteer.bundled().byWikidata("Q159"),
                Gazetteer.bundled().countryOf(moscow.entity()));
    }

    @Test
    void whiteHouseIsTheOrganizationTheGazetteerGives() {
        Document doc = link("La Maison-Blanche a publié un communiqué.");
        Mention wh = must(doc, "La Maison-Blanche");
        assertEquals("Q35525", wh.entity().wikidata());
        assertEquals(EntityType.ORGANIZATION, wh.entity().type());
    }

    @Test
    void demonymsAreMarkedAsSuch() {
        Document doc = link("Des soldats américains et des Français sont arrivés.");
        Mention american = must(doc, "américains");
        assertEquals(Mention.Kind.DEMONYM, american.kind());
        assertEquals("Q30", american.entity().wikidata());
        assertEquals(Mention.Kind.DEMONYM, must(doc, "Français").kind());
    }

    @Test
    void governmentWithADemonymIsTheState() {
        Document doc = link("Le gouvernement ukrainien a demandé des munitions.");
        Mention gov = must(doc, "gouvernement ukrainien");
        assertEquals("Q212", gov.entity().wikidata());
        assertEquals(Mention.Kind.METONYM, gov.kind());
    }

    @Test
    void unknownPersonAfterTitleIsUnlinkedAndCorefersBySurname() {
        Document doc = link("Le porte-parole de la marine, Jean-Marc Dubreuil, a déclaré que "
                + "la mission continuait. M. Dubreuil a ajouté que Dubreuil resterait à bord.");
        Mention full = must(doc, "Jean-Marc Dubreuil");
        assertEquals(EntityType.PERSON, full.entity().type());
        assertNull(full.entity().wikidata());
        List<Mention> later = doc.mentions().stream()
                .filter(m -> doc.text(m.span()).equals("Dubreuil")).toList();
        assertEquals(2, later.size());
        for (Mention m : later) {
            assertSame(full.entity(), m.entity());
        }
        Role role = doc.roles().stream().filter(r -> r.person().equals(full.entity()))
                .findFirst().orElseThrow();
        assertEquals("porte-parole de la marine", role.title());
    }

    @Test
    void unknownPersonNeverGetsAnId() {
        Document doc = link("Le colonel Pierre Vasseur a expliqué la manœuvre. "
                + "Hunter Biden a déclaré qu'il ne savait rien.");
        Mention colonel = must(doc, "Pierre Vasseur");
        assertNull(colonel.entity().wikidata());
        assertTrue(doc.mentions().stream().noneMatch(m -> "Q6279".equals(m.entity().wikidata())),
                "another Biden is not Joe Biden");
        Mention hunter = must(doc, "Hunter Biden");
        assertNull(hunter.entity().wikidata());
    }

    @Test
    void knownPersonKeepsTheRoleWrittenBeforeTheName() {
        Document doc = link("Le porte-parole du Pentagone, John Kirby, a assuré jeudi que rien "
                + "n'était exclu. Plus tard, Kirby a précisé sa pensée.");
        Mention kirby = must(doc, "John Kirby");
        assertEquals("Q18601108", kirby.entity().wikidata());
        assertEquals("Q18601108", must(doc, "Kirby").entity().wikidata());
        assertEquals("Q11209", must(doc, "Pentagone").entity().wikidata());
        assertEquals(List.of("porte-parole du Pentagone"), doc.roles().stream()
                .filter(r -> r.person().equals(kirby.entity())).map(Role::title).toList());
    }

    @Test
    void sentenceInitialWordsAreNoEntities() {
        Document doc = link("Selon la presse, Cette semaine encore, Plusieurs unités ont bougé.");
        assertTrue(doc.mentions().isEmpty(), () -> doc.mentions().toString());
    }

    @Test
    void unknownOrganizationAndPlace() {
        Document doc = link("Le ministère russe de la Défense a publié des images prises "
                + "dans la région de Belgorod.");
        Mention ministry = must(doc, "ministère russe de la Défense");
        assertEquals(EntityType.ORGANIZATION, ministry.entity().type());
        assertNull(ministry.entity().wikidata());
        Mention place = must(doc, "Belgorod");
        assertEquals(EntityType.PLACE, place.entity().type());
        assertNull(place.entity().wikidata());
    }

    @Test
    void furnitureIsSkipped() {
        String text = "Ukraine, Russie, OTAN\nLa Pologne accueille des soldats.";
        Document doc = link(text, new Span(0, text.indexOf('\n')));
        assertTrue(mention(doc, "Ukraine").isEmpty());
        assertTrue(mention(doc, "OTAN").isEmpty());
        assertEquals("Q36", must(doc, "La Pologne").entity().wikidata());
    }

    @Test
    void longestMatchWins() {
        Document doc = link("La Corée du Sud et le New York Times en parlent.");
        assertEquals("Q884", must(doc, "La Corée du Sud").entity().wikidata());
        assertEquals("Q9684", must(doc, "le New York Times").entity().wikidata());
        assertTrue(mention(doc, "Corée").isEmpty());
    }

    @Test
    void ambiguousLabelNeedsItsContext() {
        Document alone = link("L'Alliance a tenu un sommet.");
        assertTrue(alone.mentions().isEmpty(), () -> alone.mentions().toString());
        Document after = link("L'OTAN se réunit. Les membres de l'Alliance ont tenu un sommet.");
        assertEquals("Q7184", must(after, "l'Alliance").entity().wikidata());
        Document before = link("Les membres de l'Alliance ont tenu un sommet au siège de l'OTAN.");
        assertEquals("Q7184", must(before, "l'Alliance").entity().wikidata());
    }

    @Test
    void mentionsNeverOverlap() {
        Document doc = link("L'ambassade des États-Unis à Kiev a prié le département d'État "
                + "de rappeler une partie de ses agents, a déclaré le secrétaire d'État américain Antony Blinken.");
        List<Mention> ms = doc.mentions();
        for (int i = 1; i < ms.size(); i++) {
            assertFalse(ms.get(i - 1).span().overlaps(ms.get(i).span()),
                    ms.get(i - 1) + " overlaps " + ms.get(i));
        }
        assertEquals("Q789915", must(doc, "département d'État").entity().wikidata());
        assertEquals("Q7821917", must(doc, "Antony Blinken").entity().wikidata());
        assertNotNull(must(doc, "Kiev").entity().wikidata());
    }

    @Test
    void variantsOfAKnownNameMeetInOneEntity() {
        Document doc = link("Volodymyr Zelensky a parlé. Zelenskyy a répété que Zelenskiy partirait.");
        Mention full = must(doc, "Volodymyr Zelensky");
        assertEquals(EntityType.PERSON, full.entity().type());
        assertNull(full.entity().wikidata(), "no verified id for him: unlinked");
        assertEquals(full.entity(), must(doc, "Zelenskyy").entity());
        assertEquals(full.entity(), must(doc, "Zelenskiy").entity());
        assertEquals("Q212", Gazetteer.bundled().countryOf(full.entity()).wikidata());
    }

    @Test
    void coordinatedCapitalsActTogetherAndARecipientIsTheState() {
        Document doc = link("Washington et Londres ont annoncé l'envoi d'armes à Kiev.");
        assertEquals(Mention.Kind.METONYM, must(doc, "Washington").kind());
        assertEquals("Q145", must(doc, "Londres").entity().wikidata());
        Mention kiev = must(doc, "Kiev");
        assertEquals("Q212", kiev.entity().wikidata());
        assertEquals(Mention.Kind.METONYM, kiev.kind());
    }

    @Test
    void namesWithParticlesAfterSelonAndAnHonorificFirst() {
        Document doc = link("Selon Jean-Yves Le Goff, la situation est grave. "
                + "Mme Lemaire a confirmé, puis Le Goff a nuancé.");
        Mention goff = must(doc, "Jean-Yves Le Goff");
        assertNull(goff.entity().wikidata());
        Mention lemaire = must(doc, "Lemaire");
        assertEquals(EntityType.PERSON, lemaire.entity().type());
        assertSame(goff.entity(), must(doc, "Goff").entity(), "the surname later is the same person");
    }

    @Test
    void aCountryNameUsedAsAFirstNameIsNoCountry() {
        Document doc = link("Le ministre israélien Israël Katz a répondu.");
        assertTrue(doc.mentions().stream().noneMatch(m -> m.kind() != Mention.Kind.DEMONYM
                && "Q801".equals(m.entity().wikidata())));
        assertEquals(EntityType.PERSON, must(doc, "Israël Katz").entity().type());
        assertEquals(Mention.Kind.DEMONYM, must(doc, "israélien").kind());
    }

    @Test
    void roleWrittenAfterTheName() {
        Document doc = link("Anne Marchetti, porte-parole de la mission, a démenti.");
        Mention anne = must(doc, "Anne Marchetti");
        assertEquals(EntityType.PERSON, anne.entity().type());
        assertEquals(List.of("porte-parole de la mission"), doc.roles().stream()
                .filter(r -> r.person().equals(anne.entity())).map(Role::title).toList());
    }

    @Test
    void emptyAndPunctuationOnlyTextsGiveNothing() {
        assertTrue(link("").mentions().isEmpty());
        assertTrue(link("« ... » — ' -").mentions().isEmpty());
    }

    @Test
    void capitalsThatSpeakOrAreAddressedAreStates() {
        Document doc = link("Deux frégates partiront, a confirmé Rome. Selon Le Caire, le trafic "
                + "baisse. Il a demandé à Belgrade de retirer ses chars. Washington, principal "
                + "bailleur de la mission, a exclu d'y participer.");
        assertEquals("Q38", must(doc, "Rome").entity().wikidata());
        assertEquals("Q79", must(doc, "Le Caire").entity().wikidata());
        assertEquals("Q403", must(doc, "Belgrade").entity().wikidata());
        assertEquals("Q30", must(doc, "Washington").entity().wikidata());
        for (Mention m : doc.mentions()) {
            assertEquals(Mention.Kind.METONYM, m.kind(), doc.text(m.span()));
        }
    }

    @Test
    void listsAndDatelinesKeepCapitalsAsPlaces() {
        Document doc = link("SÉOUL — Les ministres ont visité Varsovie, Berlin et Paris.");
        for (Mention m : doc.mentions()) {
            assertEquals(EntityType.PLACE, m.entity().type(), doc.text(m.span()));
        }
        assertEquals("Q8684", must(doc, "SÉOUL").entity().wikidata());
        assertEquals(4, doc.mentions().size());
    }

    @Test
    void definiteRoleReferToTheLatestHolder() {
        Document doc = link("Le porte-parole du Pentagone, John Kirby, a parlé lundi. Le président "
                + "russe Vladimir Poutine a répondu. Le porte-parole du Pentagone a ajouté que "
                + "rien ne changeait, puis le président américain a signé.");
        List<Mention> roles = doc.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.ROLE).toList();
        assertEquals(1, roles.size(), roles::toString);
        Mention spokesman = roles.get(0);
        assertEquals("porte-parole", doc.text(spokesman.span()));
        assertEquals("Q18601108", spokesman.entity().wikidata());
        long pentagons = doc.mentions().stream()
                .filter(m -> "Q11209".equals(m.entity().wikidata())).count();
        assertEquals(2, pentagons, "the organization inside the role keeps its mention");
    }

    @Test
    void honorificAndSurnameReferToAKnownFullName() {
        Document doc = link("Le secrétaire à la Défense Lloyd Austin est arrivé. M. Austin a "
                + "rencontré Mme Lemaire. Lemaire a salué la visite.");
        Mention full = must(doc, "Lloyd Austin");
        List<Mention> austins = doc.mentions().stream()
                .filter(m -> doc.text(m.span()).equals("Austin")).toList();
        assertEquals(1, austins.size());
        assertSame(full.entity(), austins.get(0).entity());
        List<Mention> lemaires = doc.mentions().stream()
                .filter(m -> doc.text(m.span()).equals("Lemaire")).toList();
        assertEquals(2, lemaires.size());
        assertSame(lemaires.get(0).entity(), lemaires.get(1).entity());
    }

    @Test
    void ministriesGetAnEnglishLabelWithTheirState() {
        Document doc = link("Le ministère britannique de la Défense a publié un bilan. Le ministère français "
                + "des Affaires étrangères a répondu, tout comme le ministère de la Culture.");
        Mention defence = must(doc, "ministère britannique de la Défense");
        assertEquals("Ministry of Defence (United Kingdom)", defence.entity().labelEn());
        assertNull(defence.entity().wikidata(), "an English label is no id");
        Mention foreign = must(doc, "ministère français des Affaires étrangères");
        assertEquals("Ministry of Foreign Affairs (France)", foreign.entity().labelEn());
        mention(doc, "ministère de la Culture").ifPresent(m -> assertNull(m.entity().labelEn(),
                "no state named, no English label"));
    }
}
