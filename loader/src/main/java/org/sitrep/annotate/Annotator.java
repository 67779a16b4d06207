package org.sitrep.annotate;

import org.sitrep.model.Document;

/**
 * The annotate stage: tokens, sentences and quoted passages over an article's text.
 * Later stages work on these layers, never on raw characters alone.
 */
public final class Annotator {

    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final QuoteFinder quotes = new QuoteFinder();

    public void annotate(Document doc) {
        tokenizer.tokenize(doc);
        sentences.split(doc);
        quotes.find(doc);
    }
}
