package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "French defence and diplomacy news into a knowledge graph: who said what, "
                + "who sent how many troops where, linked to Wikidata.",
        subcommands = {LoadCommand.class, ExtractCommand.class, ServeCommand.class,
                QueryCommand.class, ValidateCommand.class, DigestCommand.class, EvalCommand.class, ExportCommand.class,
                GazetteerCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code when some input failed but the rest was done. */
    static final int EXIT_FAILED = 1;
    /** Exit code for bad usage (picocli's default for parameter errors). */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (used by tests, without exiting). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("sitrep: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sitrep " + (v == null ? "(development build)" : v)};
        }
    }
}
