package org.sitrep.model;

/**
 * A role or title that the text gives a person next to their name ("le porte-parole du
 * Pentagone, John Kirby"); the graph writes it as the person's job title.
 *
 * @param person who holds it
 * @param title  the role as written, without article ("porte-parole du Pentagone")
 * @param span   where the title is written
 */
public record Role(Entity person, String title, Span span) {
}
