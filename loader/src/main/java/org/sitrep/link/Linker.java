package org.sitrep.link;

import org.sitrep.model.Document;

/**
 * The link stage: finds the mentions of persons, countries, organizations and places in a
 * document and ties each to one entity, with its Wikidata id where the gazetteer knows it.
 * Runs after annotation and before extraction, which resolves speakers and senders against
 * these mentions.
 */
public final class Linker {

    private final Gazetteer gazetteer;

    public Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void link(Document doc) {
        // filled in by the linking work
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
