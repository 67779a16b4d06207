package org.sitrep.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.sitrep.model.Article;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;

/**
 * The benchmark corpus: the given articles repeated under distinct ids ({@code {id}-{round}}) up
 * to N articles. Only the few seed articles sit in memory; the corpus itself is written line by
 * line as JSON Lines, the format {@code sitrep load} reads feeds in.
 */
final class Corpus {

    private final List<Article> seeds;

    private Corpus(List<Article> seeds) {
        this.seeds = seeds;
    }

    static Corpus of(List<Path> paths) {
        List<Article> seeds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new ArticleReader().read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                seeds.add(article);
            }

            @Override
            public void problem(String where, String message) {
                problems.add(where + ": " + message);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot read the benchmark articles: " + String.join("; ", problems));
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no article found in " + paths);
        }
        return new Corpus(seeds);
    }

    int seeds() {
        return seeds.size();
    }

    /** The i-th article of the corpus (0-based): seed i mod seeds, under a distinct id. */
    Article article(int i) {
        Article seed = seeds.get(i % seeds.size());
        return new Article(seed.id() + "-" + (i / seeds.size()), "corpus:" + i, seed.url(), seed.outlet(),
                seed.title(), seed.published(), seed.text(), seed.furniture());
    }

    /** Writes articles {@code 0..n-1} to {@code file} as JSON Lines; returns the bytes written. */
    long write(Path file, int n) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Article a = article(i);
                JsonObject line = new JsonObject();
                line.put("id", a.id());
                putIfPresent(line, "url", a.url());
                putIfPresent(line, "outlet", a.outlet());
                putIfPresent(line, "title", a.title());
                putIfPresent(line, "date", a.published());
                line.put("text", a.text());
                out.write(JSON.toStringFlat(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + file, e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putIfPresent(JsonObject o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
