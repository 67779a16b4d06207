package org.sitrep.model;

/**
 * A span of text that refers to an entity.
 *
 * @param span   where it stands in the article text
 * @param entity what it refers to
 * @param kind   how it refers to it, which tells extraction how much weight it carries
 */
public record Mention(Span span, Entity entity, Kind kind) {

    public enum Kind {
        /** The entity's name or alias ("Joe Biden", "Biden", "l'OTAN"). */
        NAME,
        /** A demonym standing for its country ("les Américains"); names no entity by itself. */
        DEMONYM,
        /** A capital, seat or government standing for its state ("Moscou a averti", "le Kremlin"). */
        METONYM,
        /** A role or title resolved to a person introduced earlier ("le porte-parole"). */
        ROLE,
        /** A pronoun resolved to an earlier mention ("il", "elle"). */
        PRONOUN
    }
}
