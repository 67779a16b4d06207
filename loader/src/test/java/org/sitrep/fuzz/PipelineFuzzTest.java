package org.sitrep.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.rdf.Iris;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ArticleSink;
import org.sitrep.store.Validation;

/**
 * Any bytes, as a .txt, .html or .jsonl file, through the reader and the whole pipeline: no
 * exception may escape, and every graph produced must pass the SHACL shapes. In a normal build
 * this runs the seeds under {@code PipelineFuzzTestInputs}; with {@code JAZZER_FUZZ=1} Jazzer
 * fuzzes it for the bounded time below (.ci/run does).
 */
class PipelineFuzzTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".jsonl");

    @FuzzTest(maxDuration = "90s")
    void anyInputReadsAndExtractsToValidGraphs(FuzzedDataProvider data) throws IOException {
        String extension = data.pickValue(EXTENSIONS);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.createTempFile("sitrep-fuzz-", extension);
        try {
            Files.write(file, bytes);
            new ArticleReader().read(List.of(file), new ArticleSink() {
                @Override
                public void article(Article article) {
                    DatasetGraph graph = DatasetGraphFactory.createTxnMem();
                    PIPELINE.toRdf(article, StreamRDFLib.dataset(graph));
                    ValidationReport report = Validation.validate(
                            graph.getGraph(NodeFactory.createURI(Iris.article(article.id()))));
                    assertTrue(report.conforms(), () -> "invalid graph for input of " + bytes.length + " bytes");
                }

                @Override
                public void problem(String where, String message) {
                    assertTrue(message != null && !message.isBlank(), "a problem says what is wrong");
                }
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
