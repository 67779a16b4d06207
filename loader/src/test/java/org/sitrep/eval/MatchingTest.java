package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.Gold.Item;

/** The shared gold README's matching rules, case by case. */
class MatchingTest {

    private static Item statement(String who, String type, String id, String claim, boolean optional) {
        return new Item(who, type, id, List.of(who), claim, null, List.of(), optional);
    }

    private static Item deployment(String senderId, long count, List<String> places, boolean optional) {
        return new Item(senderId, null, senderId, List.of(senderId), "", count, places, optional);
    }

    @Test
    void claimTokenF1IgnoresCaseAndPunctuation() {
        assertEquals(1.0, Matching.claimF1("« Nous tiendrons parole ! »", "nous tiendrons PAROLE"), 1e-9);
        // 2 common of 4 and 2: P = 0.5, R = 1, F1 = 2/3
        assertEquals(2.0 / 3, Matching.claimF1("la brigade arrivera demain", "brigade, arrivera"), 1e-9);
        assertEquals(0.0, Matching.claimF1("rien", "tout autre chose"), 1e-9);
    }

    @Test
    void speakersAgreeByIdElseBySurnameIgnoringAccentsAndAnonymousAlwaysAgree() {
        Item gold = statement("Dmitry Peskov", "Person", null, "x", false);
        assertTrue(Matching.speakersAgree(statement("Dmitri Peskov", "Person", null, "x", false), gold));
        assertTrue(Matching.speakersAgree(statement("M. PESKÓV", "Person", null, "x", false), gold));
        assertFalse(Matching.speakersAgree(statement("Dmitri Medvedev", "Person", null, "x", false), gold));
        Item withId = statement("John Kirby", "Person", "Q18601108", "x", false);
        assertFalse(Matching.speakersAgree(statement("John Kirby", "Person", "Q6251034", "x", false), withId),
                "two ids that differ never agree, whatever the names");
        assertTrue(Matching.speakersAgree(statement("un responsable", "Anonymous", null, "x", false),
                statement("deux diplomates", "Anonymous", null, "x", false)));
    }

    @Test
    void eachGoldStatementMatchesAtMostOnePrediction() {
        Item gold = statement("A B", "Person", null, "les troupes arriveront demain", false);
        Item p1 = statement("A B", "Person", null, "les troupes arriveront demain", false);
        Item p2 = statement("A B", "Person", null, "les troupes arriveront", false);
        Matching.Outcome o = Matching.statements(List.of(p1, p2), List.of(gold));
        assertEquals(1, o.matched());
        assertEquals(2, o.predicted());
        assertEquals(1, o.gold());
        assertEquals(List.of(p2), o.falseHits(), "the better match is taken, the other is a false hit");
    }

    @Test
    void optionalGoldIsNeitherRewardedNorPunished() {
        Item optional = statement("A B", "Person", null, "une phrase facultative", true);
        Item required = statement("A B", "Person", null, "tout autre propos sans rapport", false);
        Matching.Outcome hitOptional = Matching.statements(
                List.of(statement("A B", "Person", null, "une phrase facultative", false)), List.of(optional, required));
        assertEquals(0, hitOptional.matched());
        assertEquals(0, hitOptional.predicted(), "a prediction matching an optional item leaves the count");
        assertEquals(1, hitOptional.gold(), "optional items are not counted as gold");
        assertEquals(1, hitOptional.misses().size());
    }

    @Test
    void deploymentsNeedSenderCountAndOneDestinationWhenListed() {
        Item gold = deployment("Q30", 2000, List.of("Q36", "Q183"), false);
        assertEquals(1, Matching.deployments(List.of(deployment("Q30", 2000, List.of("Q183"), false)), List.of(gold)).matched());
        assertEquals(0, Matching.deployments(List.of(deployment("Q30", 2000, List.of("Q218"), false)), List.of(gold)).matched());
        assertEquals(0, Matching.deployments(List.of(deployment("Q30", 1999, List.of("Q36"), false)), List.of(gold)).matched());
        assertEquals(0, Matching.deployments(List.of(deployment("Q142", 2000, List.of("Q36"), false)), List.of(gold)).matched());
        Item noPlaces = deployment("Q159", 100000, List.of(), false);
        assertEquals(1, Matching.deployments(List.of(deployment("Q159", 100000, List.of("Q212"), false)),
                List.of(noPlaces)).matched(), "gold without destinations: any destination will do");
    }

    @Test
    void microAverageSumsCountsOverArticles() {
        EvalReport.Score s = new EvalReport.Score(8, 10, 16);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.8 * 0.5 / 1.3, s.f1(), 1e-9);
    }
}
