package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.sitrep.Resources;
import org.sitrep.query.QueryRunner;
import org.sitrep.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file, a query of the library by name, or --sparql) "
                + "against the store or an endpoint.")
final class QueryCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A query file, or the name of a library query "
                + "(e.g. who-said-what).")
        String file;

        @Option(names = "--sparql", paramLabel = "QUERY", description = "The query text.")
        String sparql;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: data/tdb2).")
        Path store = Store.DEFAULT_LOCATION;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint instead of a store.")
        String endpoint;
    }

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind ?NAME to the string VALUE "
            + "(as an RDF literal, never pasted into the query text). Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        Query query = QueryRunner.prepare(queryText(), params);
        QueryRunner.Format f = QueryRunner.format(format);
        if (target.endpoint != null) {
            QueryRunner.run(query, target.endpoint, f, System.out);
        } else {
            if (!Files.isDirectory(target.store)) {
                throw new IllegalArgumentException("no store at " + target.store + " (run 'sitrep load' first)");
            }
            try (Store s = Store.open(target.store)) {
                QueryRunner.run(query, s.dataset(), f, System.out);
            }
        }
        System.out.flush();
        return 0;
    }

    private String queryText() throws IOException {
        if (source.sparql != null) {
            return source.sparql;
        }
        Path file = Path.of(source.file);
        if (Files.isRegularFile(file)) {
            return Files.readString(file);
        }
        String name = source.file.endsWith(".rq") ? source.file : source.file + ".rq";
        try {
            return Resources.text("queries/" + name);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("no query file " + file + " and no library query '" + name + "'");
        }
    }
}
