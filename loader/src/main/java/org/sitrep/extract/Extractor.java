package org.sitrep.extract;

import org.sitrep.link.Gazetteer;
import org.sitrep.model.Document;

/**
 * The extract stage: statements (who said what) and deployments (who sent how many where)
 * from an annotated, linked document.
 */
public final class Extractor {

    private final StatementExtractor statements = new StatementExtractor();
    private final DeploymentExtractor deployments;

    /** @param gazetteer the same gazetteer the linker uses, bundled and imported entries alike */
    public Extractor(Gazetteer gazetteer) {
        this.deployments = new DeploymentExtractor(gazetteer);
    }

    public void extract(Document doc) {
        statements.extract(doc);
        // deployments read statements to tie a deployment to the claim that reports it
        deployments.extract(doc);
    }
}
