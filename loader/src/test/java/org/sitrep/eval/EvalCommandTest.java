package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.sitrep.TestFiles;
import org.sitrep.cli.Main;

/** {@code sitrep eval} on the team's own gold set: its JSON, its gate, its explanations. */
class EvalCommandTest {

    private static final String GOLD = TestFiles.resource("owngold/gold").toString();
    private static final String ARTICLES = TestFiles.resource("owngold/articles").toString();

    private static String run(int expectedExit, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonHasTheFourScoresEachWithPrecisionRecallAndF1() {
        JsonObject json = JSON.parse(run(0, "eval", "--gold", GOLD, "--articles", ARTICLES, "--json"));
        for (String kind : new String[] {"statements", "statements_person", "deployments", "entities"}) {
            JsonObject score = json.get(kind).getAsObject();
            for (String measure : new String[] {"precision", "recall", "f1"}) {
                double v = score.get(measure).getAsNumber().value().doubleValue();
                assertTrue(v >= 0 && v <= 1, kind + " " + measure + " = " + v);
            }
            assertTrue(score.get("gold").getAsNumber().value().intValue() > 0, kind + " has gold items");
        }
    }

    @Test
    void minF1GatesTheExitCodeAndExplainListsMissesAndFalseHits() {
        run(1, "eval", "--gold", GOLD, "--articles", ARTICLES, "--json", "--min-f1", "1.01");
        String table = run(0, "eval", "--gold", GOLD, "--articles", ARTICLES, "--explain");
        assertTrue(table.contains("MICRO-AVERAGE"), table);
        assertTrue(table.lines().filter(l -> l.startsWith("tchad-presence-francaise")).count() == 1, "one row block per article");
    }
}
