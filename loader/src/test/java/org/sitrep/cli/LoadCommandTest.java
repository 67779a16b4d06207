package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestFiles;
import org.sitrep.store.Store;

/** The load command picks the bulk path for an empty store and the incremental one after. */
class LoadCommandTest {

    @TempDir
    Path tmp;

    private long size(Path store) {
        try (Store s = Store.open(store)) {
            return s.size();
        }
    }

    @Test
    void bulkForAnEmptyStoreThenIncrementalAndBulkRefusedOnData() {
        Path store = tmp.resolve("store");
        String examples = TestFiles.projectRoot().resolve("examples").toString();
        assertEquals(0, Main.execute("load", "--quiet", "--store", store.toString(), examples));
        long size = size(store);
        assertTrue(size > 0);

        assertEquals(Main.EXIT_USAGE, Main.execute("load", "--quiet", "--bulk", "--store", store.toString(), examples),
                "--bulk refuses a store that holds data");
        assertEquals(size, size(store));

        assertEquals(0, Main.execute("load", "--quiet", "--threads", "3", "--store", store.toString(), examples));
        assertEquals(size, size(store), "the incremental reload replaces every graph with the same quads");
        assertEquals(Main.EXIT_USAGE, Main.execute("load", "--bulk", "--incremental", "--store", store.toString(), examples));
    }
}
