package org.sitrep.extract;

import org.sitrep.model.Document;

/** Direct quotes and reported speech with their speakers. */
final class StatementExtractor {

    void extract(Document doc) {
        // filled in by the statements work
    }
}
