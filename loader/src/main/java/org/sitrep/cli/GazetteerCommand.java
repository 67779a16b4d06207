package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.link.Gazetteer;
import org.sitrep.link.GazetteerImport;
import org.sitrep.model.EntityType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "The gazetteer that links names to Wikidata: the bundled tables plus the entries imported "
                + "into the user gazetteer directory.",
        subcommands = {GazetteerCommand.ImportCommand.class})
final class GazetteerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the result of a Wikidata Query Service query (JSON, CSV or TSV as the service "
                    + "downloads it; queries/wikidata/ has queries that produce such files) to the user gazetteer. "
                    + "Imported entries take effect on the next load. Bad rows are reported and skipped; importing "
                    + "a file again changes nothing.")
    static final class ImportCommand implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Query result files (.json, .csv, .tsv).")
        List<Path> files;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "User gazetteer directory (default: the "
                + "system property " + Gazetteer.DIRECTORY_PROPERTY + ", else $" + Gazetteer.DIRECTORY_ENV
                + ", else data/gazetteer).")
        Path directory;

        @Option(names = "--type", paramLabel = "TYPE", description = "person, state, org or place (default: from the "
                + "id column: person, state, org or place).")
        String type;

        @Option(names = "--format", paramLabel = "FORMAT", description = "json, csv or tsv (default: from the file "
                + "extension).")
        String format;

        @Override
        public Integer call() throws IOException {
            Path dir = directory != null ? directory : Gazetteer.directory();
            EntityType entityType = type == null ? null : GazetteerImport.typeNamed(type);
            GazetteerImport importer = new GazetteerImport(dir);
            boolean ok = true;
            for (Path file : files) {
                GazetteerImport.Summary s;
                try {
                    s = importer.importFile(file, format, entityType);
                } catch (IllegalArgumentException | IOException e) {
                    System.err.println("sitrep: " + file + ": " + e.getMessage());
                    ok = false;
                    continue;
                }
                s.problems().forEach(p -> System.err.println("sitrep: " + p));
                System.err.printf("%s: imported %d, updated %d, unchanged %d, skipped %d into %s%n",
                        file, s.imported(), s.updated(), s.unchanged(), s.skipped(), dir);
                ok &= s.skipped() == 0;
            }
            return ok ? 0 : Main.EXIT_FAILED;
        }
    }
}
