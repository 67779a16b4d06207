package org.sitrep.model;

/**
 * A real-world entity as the linker knows it.
 *
 * @param type     its kind
 * @param label    preferred French label as it should be shown ("Joe Biden", "États-Unis")
 * @param labelEn  English label where known, else null
 * @param wikidata Wikidata item id ("Q6279"), or null when no verified item is known
 */
public record Entity(EntityType type, String label, String labelEn, String wikidata) {

    public boolean isLinked() {
        return wikidata != null;
    }
}
