package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Annotator;
import org.sitrep.model.Article;
import org.sitrep.model.Document;
import org.sitrep.model.Token;

/** Conjugated forms are generated from lemmas, so that any tense and person is a cue. */
class ReportingCuesTest {

    private static final ReportingCues CUES = new ReportingCues();

    private static List<Token> tokens(String text) {
        Document doc = new Document(new Article("t", "test", null, null, null, null, text,
                List.of()));
        new Annotator().annotate(doc);
        return doc.tokens();
    }

    /** The lemma and the text of the verb group starting at the first token. */
    private static String group(String text) {
        List<Token> toks = tokens(text);
        ReportingCues.Cue cue = CUES.match(toks, 0);
        if (cue == null) {
            return null;
        }
        return cue.lemma() + ":" + text.substring(toks.get(cue.first()).start(),
                toks.get(cue.last()).end());
    }

    @Test
    void regularTensesOfTheFirstGroup() {
        assertEquals("déclarer:déclarèrent", group("déclarèrent"));
        assertEquals("annoncer:annonçait", group("annonçait"));
        assertEquals("juger:jugeant", group("jugeant"));
        assertEquals("réitérer:réitère", group("réitère"));
        assertEquals("rappeler:rappellera", group("rappellera"));
        assertEquals("considérer:considéreraient", group("considéreraient"));
        assertEquals("affirmer:affirmons", group("affirmons"));
    }

    @Test
    void secondGroupAndIrregularVerbs() {
        assertEquals("avertir:avertissent", group("avertissent"));
        assertEquals("prévenir:prévint", group("prévint"));
        assertEquals("dire:disaient", group("disaient"));
        assertEquals("reconnaître:reconnaissant", group("reconnaissant"));
        assertEquals("promettre:promettra", group("promettra"));
    }

    @Test
    void compoundTensesWithAdverbsBetween() {
        assertEquals("déclarer:a déclaré", group("a déclaré"));
        assertEquals("dire:avait dit", group("avait dit plus tard"));
        assertEquals("affirmer:a également affirmé", group("a également affirmé"));
        assertEquals("déclarer:a quant à lui déclaré", group("a quant à lui déclaré"));
        assertEquals("rappeler:a encore rappelé", group("a encore rappelé"));
        assertEquals("faire savoir:a fait savoir", group("a fait savoir que"));
    }

    @Test
    void invertedSubjectsAndImpersonalPassive() {
        List<Token> toks = tokens("a-t-il ajouté");
        ReportingCues.Cue cue = CUES.match(toks, 0);
        assertNotNull(cue);
        assertEquals("ajouter", cue.lemma());
        assertEquals("il", cue.invertedPronoun());
        assertEquals("dire:dit-elle", group("dit-elle"));
        assertEquals("estimer:estiment-ils", group("estiment-ils"));
        ReportingCues.Cue passive = CUES.match(tokens("est-il précisé"), 0);
        assertNotNull(passive);
        assertEquals(true, passive.passive());
    }

    @Test
    void aBareParticipleOrAnUnrelatedWordIsNoGroup() {
        assertNull(group("annoncé"));
        assertNull(group("a visité"));
        assertNull(group("maintenant"));
        assertNull(group("déclarer"));
    }
}
