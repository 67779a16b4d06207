package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;

class QueryCommandTest {

    @TempDir
    static Path tmp;

    private static String store;

    @BeforeAll
    static void load() {
        store = tmp.resolve("store").toString();
        assertEquals(0, Main.execute("load", "--quiet", "--store", store, TestFiles.resource("e2e").toString()));
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLibraryQueryByNamePrintsAReadableTable() {
        String table = run("query", "who-said-what", "--store", store);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("| speakerLabel")), table);
        assertTrue(table.contains("Boris Pistorius") && table.contains("Nous tiendrons parole"), table);
    }

    @Test
    void parametersAreBoundAsLiteralsNotPastedIntoTheQuery() {
        String bound = run("query", "said-by-or-about", "--store", store, "--format", "csv",
                "--param", "entityLabel=Boris Pistorius");
        assertTrue(bound.contains("Nous tiendrons parole"), bound);
        String injected = run("query", "said-by-or-about", "--store", store, "--format", "csv",
                "--param", "entityLabel=x\") || true || (\"");
        assertEquals(1, injected.strip().lines().count(), "only the header: the value stayed a string\n" + injected);
        assertFalse(injected.contains("Nous tiendrons parole"));
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, Main.execute("query"));
        assertEquals(2, Main.execute("load"));
    }
}
