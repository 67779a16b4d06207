package org.sitrep.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;

/**
 * Every kind of bad input in one load: each gets a clear message naming its file (and line),
 * the good articles still load, the summary counts them, and the exit code says something failed.
 */
class BadInputTest {

    @TempDir
    static Path tmp;

    private static String stderr;
    private static int exitCode;
    private static Path store;

    @BeforeAll
    static void loadEverything() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.copy(TestFiles.resource("e2e/brigade-lituanie.txt"), in.resolve("a/good.txt"));
        Files.copy(TestFiles.resource("e2e/brigade-chiffres.txt"), in.resolve("b/good.txt")); // same id
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0x1a});
        Files.write(in.resolve("latin1.txt"), "Le ministre a déclaré que les troupes étaient arrivées."
                .getBytes(StandardCharsets.ISO_8859_1));
        // invalid UTF-8 (a lone continuation byte) that is not Windows-1252 either (0x81 is unassigned)
        Files.write(in.resolve("undecodable.txt"), new byte[] {'L', 'e', ' ', (byte) 0x81, (byte) 0x8D, ' ', 'x'});
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }
        Files.writeString(in.resolve("nobody.html"), "<html><head><title>Vide</title></head></html>");
        Files.writeString(in.resolve("feed.jsonl"), """
                {"id": "feed-1", "title": "Un", "text": "Le Pentagone a annoncé l'envoi de 300 soldats en Estonie."}
                {"id": "feed-2", "title": "Deux" "text": "virgule oubliée"}
                {"id": "feed-3", "title": "Trois", "text": "Moscou a averti que la réponse serait ferme."}
                """);
        store = tmp.resolve("store");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exitCode = Main.execute("load", "--quiet", "--store", store.toString(), in.toString(),
                    tmp.resolve("does-not-exist").toString());
        } finally {
            System.setErr(originalErr);
        }
        stderr = err.toString(StandardCharsets.UTF_8);
    }

    private static void reported(String file, String what) {
        assertTrue(stderr.lines().anyMatch(l -> l.contains(file) && l.toLowerCase().contains(what)),
                "a message names " + file + " and says '" + what + "':\n" + stderr);
    }

    @Test
    void eachBadInputIsNamedWithWhatIsWrong() {
        reported("empty.txt", "empty");
        reported("binary.txt", "binary");
        reported("undecodable.txt", "neither utf-8 nor");
        reported("huge.txt", "limit");
        reported("nobody.html", "html without");
        reported("feed.jsonl:2", "json");
        reported("good.txt", "duplicate article id");
        reported("does-not-exist", "no such file");
    }

    @Test
    void theRestLoadsAndTheSummaryCountsIt() {
        // good (a), latin1, feed-1, feed-3 load; b/good.txt is a duplicate id; 7 inputs fail
        assertTrue(stderr.contains("loaded 4 articles"), stderr);
        assertTrue(stderr.contains("skipped 1"), stderr);
        assertTrue(stderr.contains("failed 7"), stderr);
        assertEquals(1, exitCode, "the exit code says something failed");
        assertEquals(0, Main.execute("validate", "--store", store.toString()), "what loaded is whole and valid");
    }
}
