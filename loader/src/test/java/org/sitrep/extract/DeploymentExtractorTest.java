package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.annotate.Annotator;
import org.sitrep.link.Gazetteer;
import org.sitrep.link.Linker;
import org.sitrep.model.Article;
import org.sitrep.model.Deployment;
import org.sitrep.model.Deployment.Category;
import org.sitrep.model.Deployment.Status;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Quantity.Qualifier;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;

/** Deployments read from French sentences through the real annotate, link and extract stages. */
class DeploymentExtractorTest {

    private static final Linker LINKER = new Linker(Gazetteer.bundled());

    private static Document linked(String text) {
        Document doc = new Document(new Article("t", "test", null, null, null, "2024-03-12", text, List.of()));
        new Annotator().annotate(doc);
        LINKER.link(doc);
        return doc;
    }

    private static Document extracted(String text) {
        Document doc = linked(text);
        new Extractor(Gazetteer.bundled()).extract(doc);
        return doc;
    }

    private static List<Deployment> counted(Document doc) {
        return doc.deployments().stream().filter(d -> d.quantity().value() != null).toList();
    }

    private static Deployment only(Document doc) {
        List<Deployment> found = counted(doc);
        assertEquals(1, found.size(), () -> "counted deployments: " + found);
        return found.get(0);
    }

    private static Deployment withCount(Document doc, long value) {
        return counted(doc).stream().filter(d -> d.quantity().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no deployment of " + value + " in " + doc.deployments()));
    }

    private static String id(Entity e) {
        return e == null ? null : e.wikidata();
    }

    private static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::wikidata).toList();
    }

    @Test
    void twoUnitsInOneSentenceGiveTwoDeployments() {
        Document doc = extracted("Le Canada a annoncé mardi l'envoi de 12 avions CF-18 et de plus de 300 militaires en Roumanie.");
        assertEquals(2, counted(doc).size(), () -> doc.deployments().toString());
        Deployment jets = withCount(doc, 12);
        assertEquals("avions CF-18", jets.unit());
        assertEquals(Category.MATERIEL, jets.category());
        assertEquals(Qualifier.EXACT, jets.quantity().qualifier());
        Deployment troops = withCount(doc, 300);
        assertEquals(Category.PERSONNEL, troops.category());
        assertEquals(Qualifier.AT_LEAST, troops.quantity().qualifier());
        for (Deployment d : counted(doc)) {
            assertEquals("Q16", id(d.sender()));
            assertEquals(List.of("Q218"), ids(d.destinations()));
            assertEquals(Status.PLANNED, d.status());
            assertEquals("2024-03-12", d.date());
        }
    }

    @Test
    void stationedThenTransferredHasOriginAndDestination() {
        Deployment d = only(extracted(
                "Environ 800 soldats britanniques actuellement stationnés en Estonie seront transférés en Pologne."));
        assertEquals(800L, d.quantity().value());
        assertEquals(Qualifier.APPROXIMATE, d.quantity().qualifier());
        assertEquals("Q145", id(d.sender()));
        assertEquals("Q191", id(d.origin()));
        assertEquals(List.of("Q36"), ids(d.destinations()));
        assertEquals(Status.PLANNED, d.status());
    }

    @Test
    void withdrawalHasTheCountryLeftAsOrigin() {
        Deployment d = only(extracted("La France a retiré ses 2 400 soldats du Mali au cours de l'été."));
        assertEquals(2400L, d.quantity().value());
        assertEquals("Q142", id(d.sender()));
        assertEquals("Q912", id(d.origin()));
        assertEquals(Status.DONE, d.status());
    }

    @Test
    void refusalIsDenied() {
        Deployment d = only(extracted("L'Italie n'enverra pas les 1 000 soldats promis en Libye."));
        assertEquals("Q38", id(d.sender()));
        assertEquals(List.of("Q1016"), ids(d.destinations()));
        assertEquals(Status.DENIED, d.status());
    }

    @Test
    void conditionalIsPossible() {
        Deployment d = only(extracted("Le Royaume-Uni pourrait déployer jusqu'à 1 500 militaires en Lettonie."));
        assertEquals(1500L, d.quantity().value());
        assertEquals(Qualifier.AT_MOST, d.quantity().qualifier());
        assertEquals("Q145", id(d.sender()));
        assertEquals(Status.POSSIBLE, d.status());
    }

    @Test
    void futureIsPlanned() {
        Document doc = extracted("L'Espagne déploiera 300 soldats et six chars Leopard en Slovaquie.");
        assertEquals(2, counted(doc).size());
        Deployment tanks = withCount(doc, 6);
        assertEquals(Category.MATERIEL, tanks.category());
        assertEquals("chars Leopard", tanks.unit());
        for (Deployment d : counted(doc)) {
            assertEquals("Q29", id(d.sender()));
            assertEquals(List.of("Q214"), ids(d.destinations()));
            assertEquals(Status.PLANNED, d.status());
        }
    }

    @Test
    void presenceIsOngoingAndADemonymNamesTheSender() {
        Deployment d = only(extracted("Il y a aujourd'hui environ 30 000 soldats américains au Japon."));
        assertEquals(30000L, d.quantity().value());
        assertEquals("Q30", id(d.sender()));
        assertEquals(List.of("Q17"), ids(d.destinations()));
        assertEquals(Status.ONGOING, d.status());
    }

    @Test
    void pastTenseIsDone() {
        Deployment d = only(extracted("La Pologne a envoyé 150 parachutistes en Lituanie la semaine dernière."));
        assertEquals("Q36", id(d.sender()));
        assertEquals(List.of("Q37"), ids(d.destinations()));
        assertEquals(Status.DONE, d.status());
    }

    @Test
    void aCapitalStandsForItsState() {
        Deployment d = only(extracted("Paris a dépêché 250 légionnaires au Tchad."));
        assertEquals("Q142", id(d.sender()));
        assertEquals(List.of("Q657"), ids(d.destinations()));
    }

    @Test
    void peacekeepersAreSentByTheUnitedNations() {
        Deployment d = only(extracted("Quelque 450 casques bleus népalais seront déployés au Liban."));
        assertEquals("Q1065", id(d.sender()));
        assertEquals(List.of("Q822"), ids(d.destinations()));
    }

    @Test
    void aSharedFigureGivesOneDeploymentPerSender() {
        Document doc = extracted("La France et le Royaume-Uni pourraient envoyer jusqu'à 30 000 soldats en Ukraine.");
        List<Deployment> found = counted(doc);
        assertEquals(List.of("Q142", "Q145"), found.stream().map(d -> id(d.sender())).toList());
        assertTrue(found.stream().allMatch(d -> d.quantity().value() == 30000 && d.status() == Status.POSSIBLE));
    }

    @Test
    void aBareFigureInAnEnumerationInheritsTheUnit() {
        Document doc = extracted("Les États-Unis maintiennent environ 2 500 soldats en Irak et 900 en Syrie.");
        Deployment syria = withCount(doc, 900);
        assertEquals("soldats", syria.unit());
        assertEquals("Q30", id(syria.sender()));
        assertEquals(List.of("Q858"), ids(syria.destinations()));
        assertEquals(List.of("Q796"), ids(withCount(doc, 2500).destinations()));
    }

    @Test
    void theSenderCarriesOverFromThePreviousSentence() {
        Document doc = extracted("La Belgique renforce son engagement en Roumanie. Environ 250 militaires y sont attendus en mai, "
                + "dans le cadre d'un déploiement de l'Alliance.");
        assertEquals("Q31", id(only(doc).sender()));
    }

    @Test
    void aDeploymentInsideAClaimPointsToItsStatement() {
        String text = "La ministre a affirmé que la Belgique enverra 200 soldats en Roumanie.";
        Document doc = linked(text);
        int start = text.indexOf("la Belgique");
        Span claim = new Span(start, text.length() - 1);
        Statement statement = new Statement(new Entity(EntityType.ANONYMOUS, "la ministre", null, null),
                new Span(0, 11), new Span(12, 23), "affirmer", false, claim, "2024-03-12", List.of());
        doc.addStatement(statement);
        new DeploymentExtractor(Gazetteer.bundled()).extract(doc);
        Deployment d = only(doc);
        assertSame(statement, d.reportedIn());
        assertEquals("Q31", id(d.sender()));
    }

    @Test
    void theSpeakersCountrySendsWhenTheClaimNamesNone() {
        String text = "« Nous enverrons 200 soldats en Roumanie », a déclaré Emmanuel Macron.";
        Document doc = linked(text);
        Entity macron = doc.mentions().stream().map(m -> m.entity())
                .filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        Span claim = new Span(2, text.indexOf(" »"));
        doc.addStatement(new Statement(macron, new Span(text.indexOf("Emmanuel"), text.length() - 1),
                new Span(text.indexOf("a déclaré"), text.indexOf("a déclaré") + 9), "déclarer", true, claim,
                null, List.of()));
        new DeploymentExtractor(Gazetteer.bundled()).extract(doc);
        Deployment d = only(doc);
        assertEquals("Q142", id(d.sender()));
        assertNotNull(d.reportedIn());
    }

    @Test
    void aClearMovementWithoutCountIsAVagueDeployment() {
        Document doc = extracted("Moscou pourrait envoyer ses troupes en Moldavie.");
        assertEquals(1, doc.deployments().size(), () -> doc.deployments().toString());
        Deployment d = doc.deployments().get(0);
        assertNull(d.quantity().value());
        assertEquals(Qualifier.VAGUE, d.quantity().qualifier());
        assertEquals("Q159", id(d.sender()));
        assertEquals(List.of("Q217"), ids(d.destinations()));
        assertEquals(Status.POSSIBLE, d.status());
    }

    @Test
    void aVagueAmountKeepsNoValue() {
        Document doc = extracted("Le Pentagone a envoyé plusieurs centaines de soldats en Pologne.");
        assertEquals(1, doc.deployments().size(), () -> doc.deployments().toString());
        Deployment d = doc.deployments().get(0);
        assertNull(d.quantity().value());
        assertEquals("Q30", id(d.sender()));
        assertEquals(Status.DONE, d.status());
    }

    @Test
    void evidenceIsTheClauseThatCarriesTheFact() {
        String text = "Le Danemark a envoyé 200 soldats en Estonie, et la Norvège a envoyé 100 soldats en Lettonie.";
        Document doc = extracted(text);
        assertEquals("Le Danemark a envoyé 200 soldats en Estonie", doc.text(withCount(doc, 200).evidence()));
        assertEquals("Q20", id(withCount(doc, 100).sender()));
        assertEquals(List.of("Q211"), ids(withCount(doc, 100).destinations()));
    }

    @Test
    void aPartOfACountTakesItsNoun() {
        Document doc = extracted("Sur les 36 000 militaires américains stationnés en Allemagne, 6 400 rentreront aux États-Unis.");
        Deployment home = withCount(doc, 6400);
        assertEquals("Q30", id(home.sender()));
        assertEquals(List.of("Q30"), ids(home.destinations()));
        assertEquals(Status.PLANNED, home.status());
        assertEquals(List.of("Q183"), ids(withCount(doc, 36000).destinations()));
    }

    @Test
    void aReductionLeavesTheCountry() {
        Deployment d = only(extracted("Les États-Unis vont réduire leur présence militaire en Allemagne de 12 000 soldats."));
        assertEquals("Q183", id(d.origin()));
        assertEquals(List.of(), d.destinations());
        assertEquals(Status.PLANNED, d.status());
    }

    @Test
    void aQuotedPromiseIsPlannedAndPointsToItsStatement() {
        Document doc = extracted("« Nous enverrons 150 soldats en Estonie », a déclaré mardi le ministre danois de la Défense.");
        Deployment d = only(doc);
        assertEquals("Q35", id(d.sender()));
        assertEquals(Status.PLANNED, d.status());
        assertNotNull(d.reportedIn(), () -> "statements: " + doc.statements());
        assertTrue(d.reportedIn().claim().contains(d.quantity().span()));
    }

    @Test
    void withoutASubjectTheArticlesMainActorSends() {
        Document doc = extracted("Le porte-avions a appareillé mardi avec 1 800 marins à son bord pour une mission en Méditerranée. "
                + "Cette semaine, la Grèce a salué l'initiative. La France avait déjà envoyé le bâtiment dans la région en 2019, "
                + "et la France prévoit une nouvelle mission l'an prochain.");
        assertEquals("Q142", id(only(doc).sender()));
    }

    @Test
    void aReportedFactInTheConditionalKeepsItsSenderAndStatus() {
        Deployment d = only(extracted("Selon le Pentagone, la Russie aurait déployé entre 150 000 et 190 000 militaires "
                + "le long des frontières ukrainiennes."));
        assertEquals("Q159", id(d.sender()));
        assertEquals(Qualifier.RANGE, d.quantity().qualifier());
        assertEquals(150000L, d.quantity().value());
        assertEquals(190000L, d.quantity().upper());
        assertEquals(List.of("Q212"), ids(d.destinations()));
        assertEquals(Status.ONGOING, d.status());
    }

    @Test
    void aFrontedPlaceDoesNotHideTheSubject() {
        Deployment d = only(extracted("En Irak, les États-Unis maintiennent encore 2 500 soldats."));
        assertEquals("Q30", id(d.sender()));
        assertEquals(List.of("Q796"), ids(d.destinations()));
    }

    @Test
    void aPartOfTheLastCountKeepsItsUnitAndSender() {
        Document doc = extracted("Le Canada a retiré de Lettonie la plupart de ses 600 soldats. "
                + "Une centaine d'entre eux resteront sur place jusqu'en mars.");
        Deployment rest = withCount(doc, 100);
        assertEquals("soldats", rest.unit());
        assertEquals("Q16", id(rest.sender()));
    }

    @Test
    void countingIsNoIntention() {
        Deployment d = only(extracted("Le contingent canadien en Lettonie compte 450 militaires."));
        assertEquals(Status.ONGOING, d.status());
        assertEquals("Q16", id(d.sender()));
    }

    @Test
    void twoDemonymsShareTheCount() {
        Document doc = extracted("Quelque 4 000 soldats américains et polonais ont participé aux manœuvres en Pologne.");
        assertEquals(List.of("Q30", "Q36"), counted(doc).stream().map(d -> id(d.sender())).toList());
    }

    @Test
    void itsOwnBorderIsTheSendersGround() {
        Deployment d = only(extracted("La Finlande a annoncé l'envoi de 2 000 soldats supplémentaires le long de sa frontière avec la Russie."));
        assertEquals("Q33", id(d.sender()));
        assertEquals(List.of("Q33"), ids(d.destinations()));
    }

    @Test
    void aCountMayFollowItsNoun() {
        Document doc = extracted("Des soldats nord-coréens, estimés à 10 000 par les services sud-coréens, ont été envoyés en Russie.");
        Deployment d = only(doc);
        assertEquals(10000L, d.quantity().value());
        assertEquals("Q423", id(d.sender()));
        assertEquals(List.of("Q159"), ids(d.destinations()));
        assertEquals(1, doc.deployments().size(), () -> "no vague twin: " + doc.deployments());
    }

    @Test
    void noSoldierAtAllIsARefusal() {
        Document doc = extracted("Le Japon n'enverra aucun soldat en Ukraine, a assuré le gouvernement.");
        assertEquals(1, doc.deployments().size(), () -> doc.deployments().toString());
        assertEquals(Status.DENIED, doc.deployments().get(0).status());
        assertEquals("Q17", id(doc.deployments().get(0).sender()));
    }

    @Test
    void theOneAskedToMoveIsTheSender() {
        Document doc = extracted("Le secrétaire général a demandé à la Serbie de retirer ses 4 000 soldats massés près de la frontière.");
        assertEquals("Q403", id(only(doc).sender()));
    }

    @Test
    void theSameFigureInTwoPlacesIsTwoDeploymentsButToldTwiceIsOne() {
        Document doc = extracted("Les États-Unis maintiennent 1 000 soldats en Pologne et 1 000 en Roumanie. "
                + "Les 1 000 soldats américains présents en Pologne y resteront.");
        assertEquals(List.of("Q36", "Q218"), counted(doc).stream().map(d -> d.destinations().get(0).wikidata()).toList());
    }

    @Test
    void aPossessiveKeepsTheCountWithTheSubject() {
        Deployment d = only(extracted("La Côte d'Ivoire va retirer ses 900 soldats de la mission des Nations unies d'ici août."));
        assertEquals("Q1008", id(d.sender()));
    }

    @Test
    void thePreviousSentenceGivesTheMilitaryContext() {
        Document doc = extracted("Le Rwanda a déployé un millier de militaires au Mozambique. Kigali envisage d'y envoyer 1 500 hommes de plus.");
        assertEquals("Q1037", id(withCount(doc, 1500).sender()));
        assertEquals(Status.POSSIBLE, withCount(doc, 1500).status());
    }

    @Test
    void aForceNamedByItsAcronymBelongsToItsAlliance() {
        Document doc = extracted("Le Royaume-Uni renforce la force de l'OTAN (KFOR) au Kosovo. "
                + "L'effectif de la KFOR devrait ainsi atteindre 4 800 hommes.");
        assertEquals("Q7184", id(only(doc).sender()));
    }

    @Test
    void aStationGivenWithItsCountryIsTheOrigin() {
        Deployment d = only(extracted("Un escadron de 1 000 soldats américains stationné à Vilseck, en Allemagne, sera transféré en Roumanie."));
        assertEquals("Q183", id(d.origin()));
        assertEquals(List.of("Q218"), ids(d.destinations()));
        assertEquals(Status.PLANNED, d.status());
    }

    @Test
    void aContributorToAUnMissionSendsItsOwnSoldiers() {
        Document doc = extracted("Le Tchad a envoyé 1 000 soldats rejoindre la mission onusienne au Mali.");
        assertEquals("Q657", id(only(doc).sender()));
        Document staff = extracted("La mission est le plus important contingent onusien avec un effectif de 12 000 militaires au Mali.");
        assertEquals("Q1065", id(only(staff).sender()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a part or the vicinity of a place
            La Turquie a déployé 500 soldats dans le nord de la Syrie.               | 500  | Q43  | Q858
            La Chine a déployé vendredi 40 navires autour de Taïwan.                 | 40   | Q148 | Q865
            L'Allemagne enverra 300 soldats près de la frontière lituanienne.        | 300  | Q183 | Q37
            # a demonym standing for the ground
            Quelque 1 000 soldats turcs sont présents sur le sol irakien.            | 1000 | Q43  | Q796
            # a city lies in its country
            Un contingent de 300 soldats sénégalais a atterri à Bamako.              | 300  | Q1041 | Q912
            # a contribution promised to a mission
            Le Bénin a promis jusqu'à 2 000 soldats pour la force déployée en Haïti. | 2000 | Q962 | Q790
            """)
    void readsSenderAndDestination(String text, long value, String sender, String destination) {
        Deployment d = withCount(extracted(text), value);
        assertEquals(sender, id(d.sender()));
        assertTrue(ids(d.destinations()).contains(destination), () -> "destinations " + d.destinations());
    }

    @Test
    void leavingForHomeHasOriginAndHomeAsDestination() {
        Deployment d = only(extracted("Les 500 soldats belges quitteront le Niger pour rejoindre la Belgique en mars."));
        assertEquals("Q31", id(d.sender()));
        assertEquals("Q1032", id(d.origin()));
        assertEquals(List.of("Q31"), ids(d.destinations()));
    }

    @Test
    void theCountedNounMayFollowLeNombreDe() {
        Document doc = extracted("Le Japon va ramener de 800 à 500 le nombre de ses soldats stationnés à Djibouti.");
        assertEquals("soldats", withCount(doc, 800).unit());
        assertEquals("soldats", withCount(doc, 500).unit());
        assertEquals("Q17", id(withCount(doc, 500).sender()));
    }

    @Test
    void aModelNumberIsPartOfTheUnit() {
        Deployment d = only(extracted("La France a retiré les trois avions Mirage 2000 basés au Tchad."));
        assertEquals(3L, d.quantity().value());
        assertEquals("avions Mirage 2000", d.unit());
        assertEquals("Q657", id(d.origin()));
    }

    @Test
    void peacekeepersByAnotherNameAreTheUnitedNations() {
        Document doc = extracted("Environ 600 soldats de la paix ont quitté le Soudan du Sud.");
        assertEquals("Q1065", id(only(doc).sender()));
    }

    @Test
    void anArmysGrowthIsNoDeployment() {
        assertEquals(List.of(), counted(extracted(
                "Le décret prévoit une hausse de 150 000 soldats des effectifs de l'armée russe.")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Washington a débloqué 500 millions de dollars pour envoyer des armes en Ukraine.",
        "Le Conseil fédéral prévoit un budget de 41 millions de francs pour le déploiement.",
        "Les États-Unis ont envoyé 200 tonnes de munitions en Ukraine.",
        "Les États-Unis ont envoyé 300 000 livres d'aide létale en Ukraine.",
        "Trois soldats français déployés au Mali ont été tués dans une embuscade.",
        "Deux casques bleus déployés au Liban sont portés disparus.",
        "L'Union européenne s'est engagée à former 40 000 soldats ukrainiens en Pologne.",
        "Des instructeurs français déployés en Pologne avaient formé quelque 10 000 soldats ukrainiens.",
        "En 2014, la Russie a déployé ses troupes en Crimée.",
        "Le 24 février, la Russie a envoyé ses troupes en Ukraine.",
        "Les troupes russes sont massées à 30 kilomètres de la frontière.",
        "Les soldats resteront déployés pendant 6 mois en Estonie.",
        "Un soldat de 25 ans a été envoyé en Estonie.",
        "La présence militaire a augmenté de 15 % en Pologne.",
        "Le Japon s'est engagé à livrer 100 véhicules militaires à l'Ukraine.",
        "La Pologne a commandé 96 hélicoptères Apache aux États-Unis.",
        "Kiev a reçu 31 chars Abrams et attend les 60 F-16 promis par ses alliés.",
        "La Corée du Sud compte 500 000 soldats d'active.",
        "Israël a mobilisé 300 000 réservistes depuis le début du conflit.",
        "La France a envoyé 200 personnes en Turquie pour aider les sauveteurs après le séisme.",
        "Quelque 5 000 policiers seront mobilisés pour assurer la sécurité du sommet.",
        "Le Mali a signé un accord. Environ 1 500 combattants du groupe Wagner opèrent aux côtés de l'armée malienne.",
    })
    void noCountedDeploymentFrom(String text) {
        assertEquals(List.of(), counted(extracted(text)));
    }
}
