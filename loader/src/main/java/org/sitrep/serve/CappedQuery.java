package org.sitrep.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * SPARQL query over the dataset with a ceiling on the number of results: a query without a
 * LIMIT, or with a larger one, is answered with at most {@code maxResults} rows (or triples),
 * so one careless query cannot stream the whole store to a client.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    private final long maxResults;

    CappedQuery(long maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxResults)) {
            return decided;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(maxResults);
        return Pair.create(decided.getLeft(), capped);
    }
}
