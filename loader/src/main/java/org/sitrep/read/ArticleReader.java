package org.sitrep.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The read stage: files and directories (recursively, in name order) to {@link org.sitrep.model.Article}s.
 * Formats by extension: {@code .txt} (optional {@code key: value} header lines), {@code .html}/{@code .htm}
 * (the article body, not the page furniture) and {@code .jsonl} (one article per line).
 */
public final class ArticleReader {

    /**
     * The largest single article read, in bytes: a news article is a few kilobytes; anything
     * this large is a dump or a mistake, and refusing it keeps memory bounded.
     */
    public static final long MAX_ARTICLE_BYTES = 2L * 1024 * 1024;

    private final TextArticleParser text = new TextArticleParser();
    private final HtmlArticleParser html = new HtmlArticleParser();
    private final JsonlArticleParser jsonl = new JsonlArticleParser(text);

    public void read(List<Path> paths, ArticleSink sink) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                sink.problem(path.toString(), "no such file or directory");
            } else if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path, sink)) {
                    readFile(file, sink);
                }
            } else {
                readFile(path, sink);
            }
        }
    }

    /** True for the files this reader takes: directories are walked for these. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".jsonl");
    }

    private static List<Path> filesUnder(Path dir, ArticleSink sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(ArticleReader::isArticleFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.problem(dir.toString(), "cannot list directory: " + e.getMessage());
            return new ArrayList<>();
        }
    }

    private void readFile(Path file, ArticleSink sink) {
        String where = file.toString();
        if (!isArticleFile(file)) {
            sink.problem(where, "unsupported file type (expected .txt, .html, .htm or .jsonl)");
            return;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            jsonl.parse(file, where, sink);
            return;
        }
        String content;
        try {
            long size = Files.size(file);
            if (size > MAX_ARTICLE_BYTES) {
                sink.problem(where, "file of " + size + " bytes is over the " + MAX_ARTICLE_BYTES
                        + "-byte limit for one article (split it, or use .jsonl for many articles)");
                return;
            }
            content = Decoding.decode(Files.readAllBytes(file));
        } catch (Decoding.UndecodableException e) {
            sink.problem(where, e.getMessage());
            return;
        } catch (IOException e) {
            sink.problem(where, "cannot read: " + e.getMessage());
            return;
        }
        String id = idOf(file);
        try {
            if (name.endsWith(".txt")) {
                sink.article(text.parse(id, where, content));
            } else {
                sink.article(html.parse(id, where, content));
            }
        } catch (ArticleFormatException e) {
            sink.problem(where, e.getMessage());
        }
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
