package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

class ArticleReaderTest {

    private final List<Article> articles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(Path... paths) {
        new ArticleReader().read(List.of(paths), new ArticleSink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void problem(String where, String message) {
                problems.add(where + ": " + message);
            }
        });
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/read/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean furniture(Article a, String line) {
        int at = a.text().indexOf(line);
        assertTrue(at >= 0, "line not in text: " + line);
        for (Span s : a.furniture()) {
            if (s.contains(at)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void headerLinesBecomeFieldsAndLeaveTheBody() {
        read(fixture("header.txt"));
        Article a = articles.get(0);
        assertEquals("header", a.id());
        assertEquals("Un titre de test", a.title());
        assertEquals("https://exemple.org/a/1", a.url());
        assertEquals("Le Journal (fictif)", a.outlet());
        assertEquals("2023-10-05", a.published());
        assertTrue(a.text().startsWith("Premier paragraphe"), a.text());
        assertTrue(a.furniture().isEmpty());
    }

    @Test
    void scrapedFurnitureIsMarkedButKeptForOffsets() {
        read(fixture("scraped.txt"));
        Article a = articles.get(0);
        assertEquals("https://exemple.org/b/2", a.url());
        assertEquals("2022-02-02", a.published(), "date from the timestamp line");
        assertEquals("Un titre sans point", a.title());
        assertTrue(furniture(a, "états-unis"));
        assertTrue(furniture(a, "ukraine, otan, défense"));
        assertTrue(furniture(a, "https://cdn.exemple.org/img/photo.jpg"));
        assertTrue(furniture(a, "A lire: Un autre article"));
        assertTrue(furniture(a, "Laisser un commentaire"));
        assertFalse(furniture(a, "Le corps de l'article commence ici."));
        assertFalse(furniture(a, "Un titre sans point"));
    }

    @Test
    void leadingDatePrefixIsTheDate() {
        read(fixture("dateprefix.txt"));
        Article a = articles.get(0);
        assertEquals("2024-06", a.published());
        assertTrue(a.text().startsWith("Le président a parlé hier."), a.text());
    }

    @Test
    void latin1TextIsDecoded() {
        read(fixture("latin1.txt"));
        assertEquals("Le ministère a déclaré que la réunion était terminée.", articles.get(0).text());
    }

    @Test
    void binaryFileIsRefusedWithItsName() {
        read(fixture("binary.txt"), fixture("header.txt"));
        assertEquals(1, articles.size(), "the good file still loads");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("binary.txt") && problems.get(0).contains("binary"), problems.get(0));
    }

    @Test
    void htmlKeepsTheArticleBodyOnly() {
        read(fixture("page.html"));
        Article a = articles.get(0);
        assertEquals("https://exemple.org/html/1", a.url());
        assertEquals("Le Site (fictif)", a.outlet());
        assertEquals("2024-03-14", a.published());
        assertEquals("Le titre de l'article", a.title());
        assertEquals("Le premier paragraphe du corps.\n\nLe second paragraphe du corps.", a.text());
    }

    @Test
    void jsonlBrokenLineIsReportedWithItsNumberAndOthersLoad() {
        read(fixture("articles.jsonl"));
        assertEquals(List.of("j1", "j3"), articles.stream().map(Article::id).toList());
        assertEquals("2024-01-02", articles.get(0).published());
        assertNull(articles.get(1).published());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("articles.jsonl:2"), problems.get(0));
    }

    @Test
    void missingPathIsAProblemNotACrash() {
        read(Path.of("no/such/place.txt"));
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).contains("no/such/place.txt"), problems.get(0));
    }

    @Test
    void directoriesAreWalkedRecursivelyForArticleFilesOnly() {
        read(fixture("header.txt").getParent());
        // header, scraped, dateprefix, latin1, page.html, j1, j3; binary.txt is refused
        assertEquals(7, articles.size(), articles.stream().map(Article::id).toList().toString());
    }
}
