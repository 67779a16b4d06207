package org.sitrep.model;

/** The kinds of things the graph links: who speaks, who sends, and where. */
public enum EntityType {
    PERSON, COUNTRY, ORGANIZATION, PLACE,
    /** A source the article keeps unnamed ("un responsable américain"); local to its article. */
    ANONYMOUS
}
