package org.sitrep.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sitrep.TestFiles;
import org.sitrep.store.Store;

/** The hand-made article graphs of {@code export/entity-graph.trig}, loaded into a real store. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Adds every named graph of the fixture to the store in {@code storeDir} (then closes it). */
    public static void loadEntityGraph(Path storeDir) {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(TestFiles.resource("export/entity-graph.trig").toString());
        try (Store store = Store.open(storeDir)) {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            fixture.listGraphNodes().forEachRemaining((Node g) -> graphs.put(g.getURI(), fixture.getGraph(g)));
            store.replaceGraphs(graphs);
        }
    }
}
