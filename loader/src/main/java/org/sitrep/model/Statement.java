package org.sitrep.model;

import java.util.List;

/**
 * A speech act: someone said something, directly quoted or reported.
 *
 * @param speaker     who said it (ANONYMOUS entities for unnamed sources)
 * @param speakerSpan where the speaker is named or referred to, or null when only inferred
 * @param cue         the reporting verb or phrase as written ("a-t-il ajouté", "selon")
 * @param cueLemma    the cue's verb lemma ("ajouter", "selon")
 * @param direct      true for quoted words
 * @param claim       the claim: the quoted words without their marks, or the reported clause
 * @param date        when it was said, ISO ({@code YYYY-MM-DD} or coarser), or null
 * @param mentioned   entities the claim mentions
 */
public record Statement(Entity speaker, Span speakerSpan, Span cue, String cueLemma, boolean direct,
                        Span claim, String date, List<Entity> mentioned) {

    public Statement {
        mentioned = List.copyOf(mentioned);
    }
}
