package org.sitrep.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.rdf.Prefixes;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from articles and write the graph, without a store.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl (all graphs merged), trig, nq or jsonld "
            + "(named graphs kept). Default: ${DEFAULT-VALUE}.")
    String format = "ttl";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RDFFormat rdfFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD11;
            default -> throw new IllegalArgumentException("unknown format '" + format
                    + "' (expected ttl, trig, nq or jsonld)");
        };
        Dataset ds = DatasetFactory.createTxnMem();
        Prefixes.addTo(ds.getPrefixMapping());
        Pipeline pipeline = Pipeline.standard();
        List<String> problems = new ArrayList<>();
        new ArticleReader().read(paths, new ArticleSink() {
            @Override
            public void article(Article a) {
                pipeline.toRdf(a, StreamRDFLib.dataset(ds.asDatasetGraph()));
            }

            @Override
            public void problem(String where, String message) {
                problems.add(where + ": " + message);
            }
        });
        try (OutputStream out = output == null ? System.out : new FileOutputStream(output.toFile())) {
            if (rdfFormat.getLang() == Lang.TURTLE) {
                var union = ds.getUnionModel();
                union.setNsPrefixes(ds.getPrefixMapping());
                RDFDataMgr.write(out, union, rdfFormat);
            } else {
                RDFDataMgr.write(out, ds, rdfFormat);
            }
            out.flush();
        }
        problems.forEach(p -> System.err.println("sitrep: " + p));
        return problems.isEmpty() ? 0 : Main.EXIT_FAILED;
    }
}
