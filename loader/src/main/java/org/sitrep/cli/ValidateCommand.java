package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.sitrep.store.Store;
import org.sitrep.store.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the store, or an RDF file, against the SHACL shapes (ontology/shapes.ttl). "
                + "Exits non-zero on violations.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "An RDF file (Turtle, TriG, N-Quads, JSON-LD); "
            + "named graphs are checked together.")
    Path file;

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: data/tdb2).")
    Path store = Store.DEFAULT_LOCATION;

    @Override
    public Integer call() {
        ValidationReport report;
        String what;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such file: " + file);
            }
            Dataset ds = RDFDataMgr.loadDataset(file.toString());
            report = validate(ds);
            what = file.toString();
        } else {
            if (!Files.isDirectory(store)) {
                throw new IllegalArgumentException("no store at " + store);
            }
            try (Store s = Store.open(store)) {
                report = Txn.calculateRead(s.dataset(), () -> validate(s.dataset()));
            }
            what = store.toString();
        }
        if (report.conforms()) {
            System.out.println(what + ": conforms to the sitrep shapes");
            return 0;
        }
        ShLib.printReport(System.out, report);
        System.out.println(what + ": " + report.getEntries().size() + " violation(s)");
        return Main.EXIT_FAILED;
    }

    private static ValidationReport validate(Dataset ds) {
        Graph all = ds.getUnionModel().getGraph();
        if (!ds.getDefaultModel().isEmpty()) {
            all = new Union(all, ds.getDefaultModel().getGraph());
        }
        return ShaclValidator.get().validate(Validation.shapes(), all);
    }
}
