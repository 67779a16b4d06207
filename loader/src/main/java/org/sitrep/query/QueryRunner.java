package org.sitrep.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import java.util.HashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * The query stage: runs a SPARQL query against a store or a remote endpoint and prints the
 * result. Parameters are bound as RDF terms in the parsed query, never pasted into its text.
 */
public final class QueryRunner {

    public enum Format { TABLE, CSV, TSV, JSON }

    /**
     * Prepares a query: parsed, then each {@code ?name} of {@code params} replaced by the value
     * as a string literal in the syntax tree (a projected variable keeps its name as
     * {@code (value AS ?name)}). Values never touch the query text, so they cannot inject SPARQL.
     */
    public static Query prepare(String queryText, Map<String, String> params) {
        Query query = QueryFactory.create(queryText);
        if (params.isEmpty()) {
            return query;
        }
        Map<Var, Node> values = new HashMap<>();
        params.forEach((name, value) -> values.put(Var.alloc(name), NodeFactory.createLiteralString(value)));
        return QueryTransformOps.replaceVars(query, values);
    }

    public static void run(Query query, Dataset dataset, Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                print(qe, query, format, out);
            }
        });
    }

    public static void run(Query query, String endpoint, Format format, OutputStream out) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            print(qe, query, format, out);
        }
    }

    private static void print(QueryExecution qe, Query query, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (format == Format.JSON) {
                ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            } else {
                new java.io.PrintStream(out, true).println(answer ? "yes" : "no");
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
