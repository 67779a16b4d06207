package org.sitrep.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class AnnotatorTest {

    private static Document annotate(String text) {
        Document doc = new Document(new Article("t", "test", null, null, null, null, text, List.of()));
        new Annotator().annotate(doc);
        return doc;
    }

    private static List<String> sentences(Document doc) {
        return doc.sentences().stream().map(doc::text).toList();
    }

    @Test
    void wordsKeepInnerHyphensAndElisionEndsAtTheApostrophe() {
        Document doc = annotate("L'OTAN, a-t-il dit, enverra des jets F-18 à la Maison-Blanche aujourd'hui.");
        List<String> words = doc.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("L'", "OTAN", ",", "a-t-il", "dit", ",", "enverra", "des", "jets", "F-18", "à", "la",
                "Maison-Blanche", "aujourd'hui", "."), words);
        assertEquals("l'", doc.tokens().get(0).norm());
        assertEquals("maison-blanche", doc.tokens().get(12).norm(), "accents and case folded");
    }

    @Test
    void sentencesEndAtStopsAndLinesButNotAfterAbbreviationsOrInitials() {
        Document doc = annotate("M. Kirby a parlé. Charles Q. Brown a répondu ! Puis\nune ligne.Collée ensuite.");
        assertEquals(List.of("M. Kirby a parlé.", "Charles Q. Brown a répondu !", "Puis", "une ligne.",
                "Collée ensuite."), sentences(doc));
    }

    @Test
    void aDatelineBelongsToNoSentence() {
        Document doc = annotate("VILNIUS — L'Alliance a confirmé l'envoi.\nBERLIN / PARIS (AFP) — Berlin refuse.\n"
                + "RIGA | La mission continue.\nLa Lettonie — pays balte — approuve.");
        assertEquals(List.of("L'Alliance a confirmé l'envoi.", "Berlin refuse.", "La mission continue.",
                "La Lettonie — pays balte — approuve."), sentences(doc));
    }

    @Test
    void quotesOfEveryKindWithoutTheirMarksAndNeverAcrossLines() {
        Document doc = annotate("« Nous viendrons », dit-il. \"Oui\" et “non”.\n« Pas fermée\nsur deux lignes »");
        List<String> quotes = doc.quotes().stream().map((Span s) -> doc.text(s)).toList();
        assertEquals(List.of("Nous viendrons", "Oui", "non"), quotes);
    }
}
