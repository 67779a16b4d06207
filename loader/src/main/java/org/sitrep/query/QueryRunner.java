package org.sitrep.query;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
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
 * result. Parameters are bound as typed RDF terms through {@link ParameterizedSparqlString},
 * never pasted into the query text.
 */
public final class QueryRunner {

    public enum Format { TABLE, CSV, TSV, JSON }

    /** Prepares a query: its text with the given {@code ?name} variables bound to string literals. */
    public static Query prepare(String queryText, Map<String, String> params) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(queryText);
        params.forEach(pss::setLiteral);
        return pss.asQuery();
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
