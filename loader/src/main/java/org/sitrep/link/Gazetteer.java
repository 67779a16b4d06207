package org.sitrep.link;

/** The bundled table of known entities with their French names and Wikidata ids. */
public final class Gazetteer {

    public static Gazetteer bundled() {
        return new Gazetteer();
    }
}
