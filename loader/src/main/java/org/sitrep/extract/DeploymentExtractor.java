package org.sitrep.extract;

import org.sitrep.model.Document;

/** Counted troop and materiel movements with sender, origin, destinations and status. */
final class DeploymentExtractor {

    void extract(Document doc) {
        // filled in by the deployments work
    }
}
