package org.sitrep.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sitrep.Pipeline;
import org.sitrep.TestFiles;
import org.sitrep.model.Article;
import org.sitrep.rdf.Iris;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;

/**
 * A corpus for fault tests: the plain-text example and fixture articles copied many times under
 * distinct ids, with the number of quads each article's graph must have when it is whole.
 */
final class Corpus {

    final Path dir;
    /** Article graph IRI -> quads it has when whole. */
    final Map<String, Long> expectedQuads = new HashMap<>();

    private Corpus(Path dir) {
        this.dir = dir;
    }

    static Corpus build(Path dir, int copies) throws IOException {
        Files.createDirectories(dir);
        List<Path> originals;
        try (Stream<Path> s = Stream.concat(Files.list(TestFiles.projectRoot().resolve("examples")),
                Files.list(TestFiles.resource("e2e")))) {
            originals = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Corpus corpus = new Corpus(dir);
        Pipeline pipeline = Pipeline.standard();
        for (Path original : originals) {
            String base = original.getFileName().toString().replace(".txt", "");
            for (int k = 0; k < copies; k++) {
                Path copy = dir.resolve(base + "-" + k + ".txt");
                Files.copy(original, copy);
            }
        }
        new ArticleReader().read(List.of(dir), new ArticleSink() {
            @Override
            public void article(Article a) {
                DatasetGraph g = DatasetGraphFactory.createTxnMem();
                pipeline.toRdf(a, StreamRDFLib.dataset(g));
                corpus.expectedQuads.put(Iris.article(a.id()), g.stream().count());
            }

            @Override
            public void problem(String where, String message) {
                throw new IllegalStateException(where + ": " + message);
            }
        });
        return corpus;
    }

    long totalQuads() {
        return expectedQuads.values().stream().mapToLong(Long::longValue).sum();
    }
}
