package org.sitrep.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One article and everything the pipeline has found in it so far, as layers of annotations
 * over the same text (in the manner of spaCy's {@code Doc}). Each stage reads the layers before
 * it and adds its own; none edits another's.
 */
public final class Document {

    private final Article article;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    private final List<Span> quotes = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Deployment> deployments = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();

    public Document(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** True when the offset lies in page furniture, where no fact may come from. */
    public boolean isFurniture(int offset) {
        for (Span s : article.furniture()) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    public List<Token> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    public List<Span> sentences() {
        return Collections.unmodifiableList(sentences);
    }

    /** Quoted passages, marks excluded, in text order. */
    public List<Span> quotes() {
        return Collections.unmodifiableList(quotes);
    }

    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    public List<Statement> statements() {
        return Collections.unmodifiableList(statements);
    }

    public List<Deployment> deployments() {
        return Collections.unmodifiableList(deployments);
    }

    /** Roles and titles the text gives persons, in the order the linker found them. */
    public List<Role> roles() {
        return Collections.unmodifiableList(roles);
    }

    public void addRole(Role r) {
        roles.add(r);
    }

    public void addToken(Token t) {
        tokens.add(t);
    }

    public void addSentence(Span s) {
        sentences.add(s);
    }

    public void addQuote(Span s) {
        quotes.add(s);
    }

    public void addMention(Mention m) {
        mentions.add(m);
    }

    public void addStatement(Statement s) {
        statements.add(s);
    }

    public void addDeployment(Deployment d) {
        deployments.add(d);
    }

    /** Mentions sorted by position; stages add them in any order. */
    public void sortMentions() {
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
    }

    /** Index of the first token that starts at or after {@code offset} (the token count if none). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public String text(Span span) {
        return span.of(article.text());
    }
}
