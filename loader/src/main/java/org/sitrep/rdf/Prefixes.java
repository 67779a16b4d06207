package org.sitrep.rdf;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes sitrep writes its RDF with, so the output reads like docs/graph.md. */
public final class Prefixes {

    private Prefixes() {
    }

    public static void addTo(PrefixMapping pm) {
        pm.setNsPrefix("sitrep", Vocab.NS);
        pm.setNsPrefix("id", Vocab.ID);
        pm.setNsPrefix("schema", Vocab.SCHEMA);
        pm.setNsPrefix("prov", Vocab.PROV);
        pm.setNsPrefix("nif", Vocab.NIF);
        pm.setNsPrefix("itsrdf", Vocab.ITSRDF);
        pm.setNsPrefix("owl", Vocab.OWL);
        pm.setNsPrefix("rdfs", Vocab.RDFS);
        pm.setNsPrefix("rdf", Vocab.RDF);
        pm.setNsPrefix("xsd", Vocab.XSD);
        pm.setNsPrefix("wd", Vocab.WD);
    }
}
