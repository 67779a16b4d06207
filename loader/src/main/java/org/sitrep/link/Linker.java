package org.sitrep.link;

import org.sitrep.model.Document;

/**
 * The link stage: finds the mentions of persons, countries, organizations and places in a
 * document and ties each to one entity, with its Wikidata id where the gazetteer knows it.
 * Runs after annotation and before extraction, which resolves speakers and senders against
 * these mentions.
 *
 * <p>Known names come from one pass of the gazetteer's trie over the tokens (longest form
 * wins). Capitals and seats of government are read as their state when they act ("Moscou a
 * averti", "le Kremlin souligne") and as places otherwise ("à Kiev"). Names the gazetteer does
 * not know become unlinked entities only next to a cue: a title or role before a person's name,
 * a reporting verb or an apposition around it, an organization's head noun, a locative
 * preposition before a place. A surname met again later in the article refers to the same
 * person. Mentions never overlap and never come from page furniture. Thread-safe: all
 * per-article state lives in a {@link LinkRun}.
 */
public final class Linker {

    private final Gazetteer gazetteer;

    public Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void link(Document doc) {
        new LinkRun(gazetteer, doc).run();
        doc.sortMentions();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
