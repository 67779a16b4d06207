package org.sitrep.link;

import org.sitrep.model.Entity;

/**
 * One way of writing an entity's name, as the matcher looks for it.
 *
 * @param surface  the form as the gazetteer writes it; its casing is a constraint (see
 *                 {@link NameMatcher})
 * @param entity   what it names: for {@link Use#CAPITAL} the city, for {@link Use#SEAT} and
 *                 {@link Use#DEMONYM} the state
 * @param use      how the form refers
 * @param context  Wikidata id that must be mentioned elsewhere in the article for an
 *                 ambiguous form ("l'Alliance", "le Congrès") to count; null when the form is
 *                 unambiguous
 */
record Name(String surface, Entity entity, Use use, String context) {

    enum Use {
        /** A name or alias of the entity itself. */
        NAME,
        /** A nationality adjective or noun of a state. */
        DEMONYM,
        /** A capital city, which may stand for its state ("Moscou a averti"). */
        CAPITAL,
        /** A seat of government, which stands for its state ("le Kremlin souligne"). */
        SEAT
    }
}
