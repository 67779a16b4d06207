package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;

/** Every serialization sitrep writes must parse with RDF4J Rio, an independent RDF stack. */
class SerializationTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE, false", "trig, TRIG, true", "nq, NQUADS, true", "jsonld, JSONLD, true"})
    void extractOutputParsesWithRdf4j(String format, String rioFormat, boolean namedGraphs) throws IOException {
        Path out = tmp.resolve("graph." + format);
        int code = Main.execute("extract", TestFiles.projectRoot().resolve("examples").toString(),
                TestFiles.resource("e2e").toString(), "--format", format, "-o", out.toString());
        assertEquals(0, code);

        Model model;
        try (InputStream in = Files.newInputStream(out)) {
            model = Rio.parse(in, "", formatOf(rioFormat));
        }
        Dataset jena = RDFDataMgr.loadDataset(out.toString());
        long jenaCount = namedGraphs ? jena.asDatasetGraph().stream().count() : jena.getDefaultModel().size();
        assertTrue(model.size() > 100, "a real graph, not an empty one: " + model.size());
        assertEquals(jenaCount, model.size(), "RDF4J reads the same statements as Jena");
        if (namedGraphs) {
            assertTrue(model.contexts().size() >= 6, "one named graph per article: " + model.contexts().size());
        }
        assertTrue(model.predicates().stream().anyMatch(p -> p.stringValue().equals("https://w3id.org/sitrep/ns#said")),
                "the said backbone is there");
    }

    private static RDFFormat formatOf(String name) {
        return switch (name) {
            case "TURTLE" -> RDFFormat.TURTLE;
            case "TRIG" -> RDFFormat.TRIG;
            case "NQUADS" -> RDFFormat.NQUADS;
            default -> RDFFormat.JSONLD;
        };
    }
}
