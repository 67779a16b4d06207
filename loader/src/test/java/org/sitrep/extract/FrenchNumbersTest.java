package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.annotate.Annotator;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Qualifier;

class FrenchNumbersTest {

    private static List<FrenchNumbers.Match> amounts(String text) {
        Document doc = new Document(new Article("t", "test", null, null, null, null, text, List.of()));
        new Annotator().annotate(doc);
        return FrenchNumbers.find(doc.tokens(), doc.text());
    }

    private static Quantity only(String text) {
        List<FrenchNumbers.Match> found = amounts(text);
        assertEquals(1, found.size(), () -> "amounts in «" + text + "»: " + found);
        return found.get(0).quantity();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # digits, glued or with space, no-break space, narrow no-break space or dot separators
            Ils ont envoyé 1500 soldats.                   | 1500    | EXACT
            On compte 100 000 militaires.                  | 100000  | EXACT
            On compte 100\u00A0000 militaires.             | 100000  | EXACT
            On compte 100\u202F000 militaires.             | 100000  | EXACT
            Un contingent de 5 100 hommes.                 | 5100    | EXACT
            Pas moins que 1 250 000 réservistes.           | 1250000 | EXACT
            Ils sont 2.000 à partir.                       | 2000    | EXACT
            Un effectif de 16.215 militaires.              | 16215   | EXACT
            Il reste 28.500 soldats.                       | 28500   | EXACT
            # number words
            Il envoie trois navires.                       | 3       | EXACT
            Il envoie dix avions.                          | 10      | EXACT
            Il envoie vingt-cinq chars.                    | 25      | EXACT
            Il envoie vingt et un chars.                   | 21      | EXACT
            Il envoie soixante-dix blindés.                | 70      | EXACT
            Il envoie quatre-vingts hélicoptères.          | 80      | EXACT
            Il envoie quatre-vingt-dix drones.             | 90      | EXACT
            Il envoie trois cents soldats.                 | 300     | EXACT
            Il envoie deux mille soldats.                  | 2000    | EXACT
            Il envoie deux-mille soldats.                  | 2000    | EXACT
            Il envoie mille soldats.                       | 1000    | EXACT
            Il envoie deux mille cinq cents soldats.       | 2500    | EXACT
            Il mobilise deux millions de réservistes.      | 2000000 | EXACT
            Il mobilise 1,5 million de réservistes.        | 1500000 | EXACT
            Il mobilise 2 millions de réservistes.         | 2000000 | EXACT
            Il mobilise un million de réservistes.         | 1000000 | EXACT
            # approximate nouns
            Il envoie un millier de soldats.               | 1000    | APPROXIMATE
            Il envoie une centaine de soldats.             | 100     | APPROXIMATE
            Il envoie une dizaine de soldats.              | 10      | APPROXIMATE
            Il envoie une vingtaine de soldats.            | 20      | APPROXIMATE
            Il envoie une trentaine de soldats.            | 30      | APPROXIMATE
            Il envoie deux centaines de soldats.           | 200     | APPROXIMATE
            Il envoie une dizaine de milliers de soldats.  | 10000   | APPROXIMATE
            Il envoie une bonne centaine de soldats.       | 100     | APPROXIMATE
            Il envoie une quinzaine de navires.            | 15      | APPROXIMATE
            Il envoie près d'un millier de soldats.        | 1000    | APPROXIMATE
            Il envoie moins d'une centaine de soldats.     | 100     | AT_MOST
            # qualifiers
            Il envoie environ 2 000 soldats.               | 2000    | APPROXIMATE
            Il envoie quelque 4 000 soldats.               | 4000    | APPROXIMATE
            Il envoie près de 300 soldats.                 | 300     | APPROXIMATE
            Il envoie presque 300 soldats.                 | 300     | APPROXIMATE
            Il y aura «environ» 1500 soldats.              | 1500    | APPROXIMATE
            Il envoie 2 000 soldats environ.               | 2000    | APPROXIMATE
            Il envoie plus de 200 personnes.               | 200     | AT_LEAST
            Il envoie plus d'un millier de soldats.        | 1000    | AT_LEAST
            Il envoie au moins 50 chars.                   | 50      | AT_LEAST
            Il envoie au minimum 50 chars.                 | 50      | AT_LEAST
            Il envoie pas moins de 50 chars.               | 50      | AT_LEAST
            Il envoie jusqu'à 15 navires.                  | 15      | AT_MOST
            Il envoie jusqu’à 15 navires.                  | 15      | AT_MOST
            Il envoie moins de 500 soldats.                | 500     | AT_MOST
            Il envoie au maximum 500 soldats.              | 500     | AT_MOST
            Un contingent de maximum 195 militaires.       | 195     | AT_MOST
            Il envoie un maximum de 195 militaires.        | 195     | AT_MOST
            Un effectif maximum autorisé de 800 militaires. | 800    | AT_MOST
            # vague amounts
            Il envoie plusieurs centaines de soldats.      |         | VAGUE
            Il envoie des milliers de soldats.             |         | VAGUE
            Il envoie des centaines de soldats.            |         | VAGUE
            Il envoie des dizaines de milliers de soldats. |         | VAGUE
            Il envoie quelques soldats.                    |         | VAGUE
            Il envoie de nombreux soldats.                 |         | VAGUE
            Il envoie de nombreuses troupes.               |         | VAGUE
            Il envoie plusieurs navires.                   |         | VAGUE
            """)
    void normalizesAmount(String text, Long value, Qualifier qualifier) {
        Quantity q = only(text);
        assertEquals(value, q.value());
        assertEquals(qualifier, q.qualifier());
        assertNull(q.upper());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il envoie entre 3 000 et 5 000 soldats.        | 3000 | 5000
            Il envoie de 3 000 à 5 000 soldats.            | 3000 | 5000
            Il envoie 300 à 500 soldats.                   | 300  | 500
            Il envoie entre deux et trois mille soldats.   | 2000 | 3000
            Il envoie entre dix et quinze avions.          | 10   | 15
            Il envoie de deux à trois mille soldats.       | 2000 | 3000
            Il envoie 3000-5000 soldats.                   | 3000 | 5000
            """)
    void readsRange(String text, long low, long high) {
        Quantity q = only(text);
        assertEquals(Qualifier.RANGE, q.qualifier());
        assertEquals(low, q.value());
        assertEquals(high, q.upper());
    }

    @Test
    void spanCoversQualifierAndNumber() {
        String text = "Ils enverront plus de 100 000 soldats.";
        Quantity q = only(text);
        assertEquals("plus de 100 000", q.span().of(text));
    }

    @Test
    void changeIsTwoAmountsNotARange() {
        List<FrenchNumbers.Match> found = amounts("Le contingent est passé de 235 à 190 militaires.");
        assertEquals(2, found.size());
        assertEquals(235L, found.get(0).quantity().value());
        assertEquals(190L, found.get(1).quantity().value());
        assertTrue(found.stream().allMatch(m -> m.quantity().qualifier() == Qualifier.EXACT));
    }

    @Test
    void enumerationGivesOneAmountEach() {
        List<FrenchNumbers.Match> found = amounts("Environ 4300 soldats au Mali et 1200 au Niger.");
        assertEquals(List.of(4300L, 1200L), found.stream().map(m -> m.quantity().value()).toList());
        assertEquals(Qualifier.APPROXIMATE, found.get(0).quantity().qualifier());
        assertEquals(Qualifier.EXACT, found.get(1).quantity().qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "La guerre a commencé en 2014.",
        "Depuis 2018, la situation se dégrade.",
        "Les manœuvres « Ouest 2021 » commencent.",
        "Le bilan de 2021.",
        "L'offensive a commencé le 24 février.",
        "Le sommet aura lieu les 11 et 12 juillet.",
        "Le 1er mars, la décision est tombée.",
        "Le 24 février 2022, la Russie a attaqué.",
        "Une hausse de 16 % du budget.",
        "Une hausse de 16 pour cent du budget.",
        "La 82e division est en alerte.",
        "Publié le 2022-02-02T19:14.",
        "Entre 2014 et 2022 la guerre a duré.",
        "La guerre de 2014-2022 a duré.",
        "Le sommet se tient les 11-12 juillet.",
        "Il a un avis sur la question.",
        "Une brigade est en route.",
        "Le taux est de 1,5.",
    })
    void findsNoAmount(String text) {
        assertEquals(List.of(), amounts(text));
    }
}
