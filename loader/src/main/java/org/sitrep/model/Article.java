package org.sitrep.model;

import java.util.List;

/**
 * One article as read from its source, before any analysis.
 *
 * @param id        stable identifier, unique in a load (file name without extension, or the
 *                  JSONL {@code id}); it names the article's IRI and named graph
 * @param source    where it was read from, for messages (file path, with line for JSONL)
 * @param url       the article's address, or null
 * @param outlet    the publishing outlet, or null
 * @param title     the headline, or null
 * @param published publication date as the text gives it: {@code YYYY-MM-DD}, {@code YYYY-MM},
 *                  {@code YYYY}, or null
 * @param text      the article body; all offsets in the graph count into this string
 * @param furniture spans of {@code text} that are page furniture (metadata lines, image URLs,
 *                  tag lists, links to other articles) and must never produce facts
 */
public record Article(String id, String source, String url, String outlet, String title,
                      String published, String text, List<Span> furniture) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article without id from " + source);
        }
        furniture = List.copyOf(furniture);
    }
}
