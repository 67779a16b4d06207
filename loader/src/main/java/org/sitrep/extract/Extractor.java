package org.sitrep.extract;

import org.sitrep.model.Document;

/**
 * The extract stage: statements (who said what) and deployments (who sent how many where)
 * from an annotated, linked document.
 */
public final class Extractor {

    private final StatementExtractor statements = new StatementExtractor();
    private final DeploymentExtractor deployments = new DeploymentExtractor();

    public void extract(Document doc) {
        statements.extract(doc);
        // deployments read statements to tie a deployment to the claim that reports it
        deployments.extract(doc);
    }
}
