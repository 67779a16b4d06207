package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.sitrep.rdf.Iris;
import org.sitrep.rdf.Vocab;

/**
 * The digest: store-wide totals kept in one named graph ({@link #GRAPH}), so that the queries
 * that rank entities or sum troops read a few thousand digest triples instead of every article.
 * Each article graph describes its entities again (so that it can be replaced alone), which
 * makes "one label per entity" or "mentions per entity" a scan of the whole store otherwise.
 *
 * <p>Every total is a sum of per-article contributions ({@link Tally#of}), so replacing an
 * article subtracts its old contribution and adds the new one in the same write transaction
 * as the graphs themselves: the digest always agrees with the articles a reader sees. The
 * digest describes each store-wide entity once (type, one preferred label, Wikidata item) and
 * drops it when no article mentions it any more.
 *
 * <p>It also names the {@value #RECENT} most recent articles ({@code sitrep:recentArticle}): the
 * newest publication date first, undated articles last, ties broken by IRI. Queries about "the
 * latest news" start from them rather than sorting every article.
 *
 * <p>Flows also keep their largest figure, which does not subtract: see {@link Largest}.
 */
final class Digest {

    /** The named graph that holds the digest. */
    static final Node GRAPH = NodeFactory.createURI(Iris.digest());

    /** How many recent articles the digest names. */
    static final int RECENT = 1000;

    /** Entity types in the order one is chosen when an article gives several. */
    private static final List<Node> ENTITY_TYPES =
            List.of(Vocab.Person, Vocab.Organization, Vocab.Country, Vocab.Place);
    /** The digest graph's IRI names the digest itself, typed so. */
    private static final Quad TYPED = Quad.create(GRAPH, GRAPH, Vocab.type, Vocab.Digest);
    private static final Node TRUE = NodeFactory.createLiteralByValue(true, XSDDatatype.XSDboolean);

    /** Entity counters, in this order. */
    private static final List<Node> ENTITY_COUNTERS = List.of(
            Vocab.mentionCount, Vocab.articleCount, Vocab.statementCount, Vocab.quotationCount);
    private static final int MENTIONS = 0;
    private static final int ARTICLES = 1;
    private static final int STATEMENTS = 2;
    private static final int QUOTATIONS = 3;

    /** Flow counters, in this order. */
    private static final List<Node> FLOW_COUNTERS = List.of(
            Vocab.reportCount, Vocab.articleCount, Vocab.figureCount, Vocab.troopTotal);
    private static final int REPORTS = 0;
    private static final int FLOW_ARTICLES = 1;
    private static final int WITH_FIGURE = 2;
    private static final int TROOPS = 3;

    private Digest() {
    }

    /** How the digest names an entity: its type, one preferred label, its Wikidata item. */
    record Description(Node type, Node label, Node sameAs) {
    }

    /** Troops sent by one sender to one destination, of one unit category (null: none given). */
    record Flow(Node sender, Node destination, Node category) {

        Node iri() {
            String key = sender.getURI() + "\n" + destination.getURI() + "\n"
                    + (category == null ? "" : category.getURI());
            return NodeFactory.createURI(Vocab.ID + "flow/"
                    + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * The largest figure reported for a flow and how many reports give it. A maximum does not
     * subtract, so the digest keeps how many reports hold it: removing some of them is
     * arithmetic, removing all of them means reading the flow's reports again.
     */
    record Largest(long figure, long reports) {
        static final Largest NONE = new Largest(-1, 0);

        Largest plus(Largest other) {
            if (other.figure != figure) {
                return other.figure > figure ? other : this;
            }
            return new Largest(figure, reports + other.reports);
        }
    }

    /** Counts that add up across articles: one article's contribution, or a sum of them. */
    static final class Tally {
        private final Map<Node, long[]> entities = new HashMap<>();
        private final Map<Node, Description> descriptions = new HashMap<>();
        private final Map<Flow, long[]> flows = new HashMap<>();
        /** The largest figures of the articles added, and of the articles taken away. */
        private final Map<Flow, Largest> largestAdded = new HashMap<>();
        private final Map<Flow, Largest> largestRemoved = new HashMap<>();
        /** The articles added with their recency, best first, at most {@link #RECENT}. */
        private final TreeSet<Recency> recent = new TreeSet<>();
        private final Map<Node, Recency> recentByArticle = new HashMap<>();

        /** What one article graph contributes. */
        static Tally of(Graph article) {
            Tally t = new Tally();
            article.find(Node.ANY, Vocab.type, Vocab.NewsArticle).forEachRemaining(a -> t.addRecent(
                    Recency.of(a.getSubject(), object(article, a.getSubject(), Vocab.datePublished))));
            t.describeEntities(article);
            article.find(Node.ANY, Vocab.taIdentRef, Node.ANY).forEachRemaining(m -> {
                if (t.descriptions.containsKey(m.getObject())) {
                    t.entity(m.getObject())[MENTIONS]++;
                }
            });
            article.find(Node.ANY, Vocab.said, Node.ANY).forEachRemaining(s -> {
                if (t.descriptions.containsKey(s.getSubject())) {
                    long[] c = t.entity(s.getSubject());
                    c[STATEMENTS]++;
                    if (article.contains(s.getObject(), Vocab.direct, TRUE)) {
                        c[QUOTATIONS]++;
                    }
                }
            });
            article.find(Node.ANY, Vocab.sent, Node.ANY).forEachRemaining(s -> t.countDeployment(article, s));
            return t;
        }

        private void describeEntities(Graph article) {
            for (Node type : ENTITY_TYPES) {
                article.find(Node.ANY, Vocab.type, type).forEachRemaining(t -> {
                    Node e = t.getSubject();
                    if (e.isURI() && Iris.isEntity(e.getURI()) && !descriptions.containsKey(e)) {
                        descriptions.put(e, new Description(type, preferredLabel(article, e),
                                object(article, e, Vocab.sameAs)));
                        entity(e)[ARTICLES] = 1;
                    }
                });
            }
        }

        private void countDeployment(Graph article, Triple sent) {
            Node deployment = sent.getObject();
            if (article.contains(deployment, Vocab.status, Vocab.Denied)) {
                return; // a refused deployment sends nobody
            }
            Node category = object(article, deployment, Vocab.unitCategory);
            Node count = object(article, deployment, Vocab.troopCount);
            article.find(deployment, Vocab.destination, Node.ANY).forEachRemaining(d -> {
                Flow flow = new Flow(sent.getSubject(), d.getObject(), category);
                long[] c = flows.computeIfAbsent(flow, k -> new long[FLOW_COUNTERS.size()]);
                c[REPORTS]++;
                c[FLOW_ARTICLES] = 1;
                if (count != null) {
                    long figure = ((Number) count.getLiteralValue()).longValue();
                    c[WITH_FIGURE]++;
                    c[TROOPS] += figure;
                    largestAdded.merge(flow, new Largest(figure, 1), Largest::plus);
                }
            });
        }

        private long[] entity(Node e) {
            return entities.computeIfAbsent(e, k -> new long[ENTITY_COUNTERS.size()]);
        }

        /**
         * Adds {@code sign} times the other tally, an article's contribution or a sum of them:
         * counts add up; its descriptions and recent articles count only when added (they win
         * over older ones); its largest figures are kept apart, added or taken away, until
         * {@link #applyTo} sets them against the stored ones.
         */
        void add(Tally other, int sign) {
            other.entities.forEach((e, c) -> addInto(entity(e), c, sign));
            other.flows.forEach((f, c) -> addInto(flows.computeIfAbsent(f, k -> new long[c.length]), c, sign));
            other.largestAdded.forEach((f, l) -> (sign > 0 ? largestAdded : largestRemoved).merge(f, l, Largest::plus));
            if (sign > 0) {
                descriptions.putAll(other.descriptions);
                other.recent.forEach(this::addRecent);
            }
        }

        private void addRecent(Recency r) {
            Recency old = recentByArticle.put(r.article(), r);
            if (old != null) {
                recent.remove(old);
            }
            recent.add(r);
            if (recent.size() > RECENT) {
                recentByArticle.remove(recent.pollLast().article());
            }
        }

        private static void addInto(long[] into, long[] c, int sign) {
            for (int i = 0; i < c.length; i++) {
                into[i] += sign * c[i];
            }
        }

        /** The digest's quads for these totals (a whole digest, as the bulk load writes it). */
        List<Quad> quads() {
            List<Quad> out = new ArrayList<>();
            entities.forEach((e, c) -> entityQuads(e, descriptions.get(e), c, out));
            flows.forEach((f, c) -> flowQuads(f, c, largestAdded.getOrDefault(f, Largest.NONE), out));
            recent.forEach(r -> out.add(recentQuad(r.article())));
            out.add(TYPED);
            return out;
        }

        /**
         * Adds these (signed) totals to the digest in {@code dsg}, inside the caller's write
         * transaction: only the entities and flows this tally touches are rewritten.
         */
        void applyTo(DatasetGraph dsg) {
            List<Quad> added = new ArrayList<>();
            entities.forEach((e, delta) -> {
                long[] total = read(dsg, e, ENTITY_COUNTERS);
                addInto(total, delta, 1);
                Description described = descriptions.containsKey(e) ? descriptions.get(e) : readDescription(dsg, e);
                deleteSubject(dsg, e);
                entityQuads(e, described, total, added);
            });
            flows.forEach((f, delta) -> {
                Node iri = f.iri();
                long[] total = read(dsg, iri, FLOW_COUNTERS);
                addInto(total, delta, 1);
                Largest largest = largest(dsg, f);
                deleteSubject(dsg, iri);
                flowQuads(f, total, largest, added);
            });
            if (!recent.isEmpty()) {
                updateRecent(dsg, added);
            }
            added.add(TYPED);
            added.forEach(dsg::add);
        }

        /**
         * The flow's largest figure once this tally is applied (the article graphs are already
         * written): the stored one less the reports taken away, plus the ones added; read again
         * from the flow's reports when every report that gave it was taken away.
         */
        private Largest largest(DatasetGraph dsg, Flow f) {
            long[] stored = read(dsg, f.iri(), List.of(Vocab.largestFigure, Vocab.largestFigureReports));
            Largest before = stored[1] > 0 ? new Largest(stored[0], stored[1]) : Largest.NONE;
            Largest removed = largestRemoved.getOrDefault(f, Largest.NONE);
            if (removed.figure() >= 0 && removed.figure() >= before.figure()) {
                long left = before.reports() - removed.reports();
                if (removed.figure() > before.figure() || left <= 0) {
                    return reread(dsg, f);
                }
                before = new Largest(before.figure(), left);
            }
            return before.plus(largestAdded.getOrDefault(f, Largest.NONE));
        }

        /** Merges the articles of this tally into the digest's recent articles. */
        private void updateRecent(DatasetGraph dsg, List<Quad> added) {
            Tally merged = new Tally();
            Set<Node> before = Iter.toSet(Iter.map(dsg.find(GRAPH, GRAPH, Vocab.recentArticle, Node.ANY), Quad::getObject));
            for (Node article : before) {
                merged.addRecent(Recency.of(article, object(dsg, article, article, Vocab.datePublished)));
            }
            recent.forEach(merged::addRecent);
            Set<Node> after = new HashSet<>();
            merged.recent.forEach(r -> after.add(r.article()));
            before.stream().filter(a -> !after.contains(a)).forEach(a -> dsg.delete(recentQuad(a)));
            after.stream().filter(a -> !before.contains(a)).forEach(a -> added.add(recentQuad(a)));
        }
    }

    /**
     * An article's place among the recent ones: ordered newest first by the lexical form of
     * its publication date (ISO 8601, so a month sorts before the days of that month), undated
     * articles after every dated one, then by IRI (descending, so that it is a total order).
     */
    record Recency(Node article, String published) implements Comparable<Recency> {

        static Recency of(Node article, Node published) {
            return new Recency(article, published == null ? "" : published.getLiteralLexicalForm());
        }

        @Override
        public int compareTo(Recency other) {
            int byDate = other.published.compareTo(published);
            return byDate != 0 ? byDate : other.article.getURI().compareTo(article.getURI());
        }
    }

    private static Quad recentQuad(Node article) {
        return Quad.create(GRAPH, GRAPH, Vocab.recentArticle, article);
    }

    /** The largest figure among the flow's reports in every article graph of the store. */
    private static Largest reread(DatasetGraph dsg, Flow f) {
        Largest largest = Largest.NONE;
        for (Iterator<Quad> it = dsg.find(Node.ANY, f.sender(), Vocab.sent, Node.ANY); it.hasNext(); ) {
            Quad sent = it.next();
            Node g = sent.getGraph();
            Node deployment = sent.getObject();
            if (g.equals(GRAPH) || !dsg.contains(g, deployment, Vocab.destination, f.destination())
                    || dsg.contains(g, deployment, Vocab.status, Vocab.Denied)
                    || !Objects.equals(f.category(), object(dsg, g, deployment, Vocab.unitCategory))) {
                continue;
            }
            Node count = object(dsg, g, deployment, Vocab.troopCount);
            if (count != null) {
                largest = largest.plus(new Largest(((Number) count.getLiteralValue()).longValue(), 1));
            }
        }
        return largest;
    }

    /** An entity's digest quads, none once no article mentions it (or without a description). */
    private static void entityQuads(Node e, Description d, long[] c, List<Quad> out) {
        if (c[ARTICLES] <= 0 || d == null) {
            return;
        }
        out.add(Quad.create(GRAPH, e, Vocab.type, d.type()));
        if (d.label() != null) {
            out.add(Quad.create(GRAPH, e, Vocab.prefLabel, d.label()));
        }
        if (d.sameAs() != null) {
            out.add(Quad.create(GRAPH, e, Vocab.sameAs, d.sameAs()));
        }
        counters(e, ENTITY_COUNTERS, c, out);
    }

    private static void flowQuads(Flow f, long[] c, Largest largest, List<Quad> out) {
        if (c[FLOW_ARTICLES] <= 0) {
            return;
        }
        Node iri = f.iri();
        out.add(Quad.create(GRAPH, iri, Vocab.type, Vocab.Flow));
        out.add(Quad.create(GRAPH, iri, Vocab.flowSender, f.sender()));
        out.add(Quad.create(GRAPH, iri, Vocab.flowDestination, f.destination()));
        if (f.category() != null) {
            out.add(Quad.create(GRAPH, iri, Vocab.flowCategory, f.category()));
        }
        counters(iri, FLOW_COUNTERS, c, out);
        if (largest.figure() >= 0) {
            counters(iri, List.of(Vocab.largestFigure, Vocab.largestFigureReports),
                    new long[] {largest.figure(), largest.reports()}, out);
        }
    }

    private static void counters(Node subject, List<Node> predicates, long[] c, List<Quad> out) {
        for (int i = 0; i < c.length; i++) {
            out.add(Quad.create(GRAPH, subject, predicates.get(i),
                    NodeFactory.createLiteralByValue(c[i], XSDDatatype.XSDinteger)));
        }
    }

    private static long[] read(DatasetGraph dsg, Node subject, List<Node> predicates) {
        long[] c = new long[predicates.size()];
        for (int i = 0; i < c.length; i++) {
            Node value = object(dsg, GRAPH, subject, predicates.get(i));
            c[i] = value == null ? 0 : ((Number) value.getLiteralValue()).longValue();
        }
        return c;
    }

    private static Description readDescription(DatasetGraph dsg, Node e) {
        Node type = object(dsg, GRAPH, e, Vocab.type);
        return type == null ? null : new Description(type, object(dsg, GRAPH, e, Vocab.prefLabel),
                object(dsg, GRAPH, e, Vocab.sameAs));
    }

    private static void deleteSubject(DatasetGraph dsg, Node subject) {
        Iter.toList(dsg.find(GRAPH, subject, Node.ANY, Node.ANY)).forEach(dsg::delete);
    }

    /** The French label if there is one, else any label. */
    private static Node preferredLabel(Graph article, Node e) {
        Node any = null;
        for (Iterator<Triple> it = article.find(e, Vocab.label, Node.ANY); it.hasNext(); ) {
            Node label = it.next().getObject();
            if ("fr".equalsIgnoreCase(label.getLiteralLanguage())) {
                return label;
            }
            any = any == null ? label : any;
        }
        return any;
    }

    /** The object of the first triple of the article graph that matches, or null. */
    private static Node object(Graph g, Node subject, Node predicate) {
        ExtendedIterator<Triple> it = g.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The object of the first quad of graph {@code g} in the store that matches, or null. */
    private static Node object(DatasetGraph dsg, Node g, Node subject, Node predicate) {
        Iterator<Quad> it = dsg.find(g, subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }
}
