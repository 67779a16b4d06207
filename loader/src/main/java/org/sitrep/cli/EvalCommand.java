package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Pipeline;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the graph built from articles against gold files (format and rules: "
                + "shared/gold/README.md). Predictions are read from the RDF with SPARQL.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold JSON files, X.json for article X.*")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "The articles.")
    Path articles;

    @Option(names = "--json", description = "Print the micro-averaged scores as JSON.")
    boolean json;

    @Option(names = "--explain", description = "List misses and false hits per article.")
    boolean explain;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit non-zero when the statements F1 is below X.")
    Double minF1;

    @Option(names = "--min-deployments-f1", paramLabel = "X", description = "Exit non-zero when the deployments F1 is below X.")
    Double minDeploymentsF1;

    @Option(names = "--min-entities-f1", paramLabel = "X", description = "Exit non-zero when the entity-linking F1 is below X.")
    Double minEntitiesF1;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException("no gold directory " + gold);
        }
        if (!Files.exists(articles)) {
            throw new IllegalArgumentException("no articles at " + articles);
        }
        EvalReport report = new Evaluation(Pipeline.standard()).run(gold, articles);
        if (json) {
            System.out.println(report.json());
        } else {
            report.printTable(System.out, explain);
        }
        int code = 0;
        code |= below("statements", report.statements().f1(), minF1);
        code |= below("deployments", report.deployments().f1(), minDeploymentsF1);
        code |= below("entities", report.entities().f1(), minEntitiesF1);
        return code;
    }

    private static int below(String kind, double f1, Double min) {
        if (min != null && f1 < min) {
            System.err.printf(Locale.ROOT, "sitrep: %s F1 %.4f is below the required %.4f%n", kind, f1, min);
            return Main.EXIT_FAILED;
        }
        return 0;
    }
}
