package org.sitrep.read;

import org.sitrep.model.Article;

/**
 * Where the reader pushes what it reads, in the manner of RIOT's {@code StreamRDF}: articles as
 * they are parsed, and problems (a file that cannot be read, a broken JSONL line) as they are met,
 * so that one bad input never stops the others.
 */
public interface ArticleSink {

    void article(Article article);

    /**
     * An input that could not be read.
     *
     * @param where   the file, with ":line" for line-based formats
     * @param message what is wrong, for a person
     */
    void problem(String where, String message);
}
