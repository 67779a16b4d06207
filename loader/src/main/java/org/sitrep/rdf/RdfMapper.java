package org.sitrep.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.sitrep.model.Article;
import org.sitrep.model.Deployment;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Role;
import org.sitrep.model.Span;
import org.sitrep.model.Statement;

/**
 * The RDF stage: one document to the quads of its article's named graph, pushed into a
 * {@link StreamRDF} (the shape is docs/graph.md). Entities are described in every article graph
 * that mentions them, so that replacing or deleting one article's graph leaves the others whole.
 */
public final class RdfMapper {

    public void map(Document doc, StreamRDF out) {
        new Run(doc, out).emit();
    }

    /** Maps one document; holds the per-article state (emitted nodes, anonymous numbering). */
    private static final class Run {
        private final Document doc;
        private final StreamRDF out;
        private final String articleIri;
        private final Node article;
        private final Node context;
        private final Set<Node> described = new HashSet<>();
        private final Set<Node> spans = new HashSet<>();
        private final Map<String, Node> anonymous = new HashMap<>();
        private final Map<Statement, Node> statementNodes = new IdentityHashMap<>();

        Run(Document doc, StreamRDF out) {
            this.doc = doc;
            this.out = out;
            this.articleIri = Iris.article(doc.article().id());
            this.article = NodeFactory.createURI(articleIri);
            this.context = NodeFactory.createURI(Iris.span(articleIri, new Span(0, doc.text().length())));
        }

        void emit() {
            articleNode();
            Set<Node> mentioned = new LinkedHashSet<>();
            for (Mention m : doc.mentions()) {
                if (m.kind() == Mention.Kind.DEMONYM) {
                    continue; // a demonym alone names no entity
                }
                Node entity = entity(m.entity());
                Node span = span(m.span());
                add(span, Vocab.type, Vocab.NifPhrase);
                add(span, Vocab.taIdentRef, entity);
                mentioned.add(entity);
            }
            for (Node e : mentioned) {
                add(article, Vocab.mentions, e);
            }
            for (Role r : doc.roles()) {
                add(entity(r.person()), Vocab.jobTitle, NodeFactory.createLiteralLang(r.title(), "fr"));
            }
            int n = 0;
            for (Statement s : doc.statements()) {
                statement(s, ++n);
            }
            n = 0;
            for (Deployment d : doc.deployments()) {
                deployment(d, ++n);
            }
        }

        private void articleNode() {
            Article a = doc.article();
            add(article, Vocab.type, Vocab.NewsArticle);
            add(article, Vocab.identifier, NodeFactory.createLiteralString(a.id()));
            if (a.url() != null && isAbsoluteIri(a.url())) {
                add(article, Vocab.url, NodeFactory.createURI(a.url()));
            }
            if (a.title() != null) {
                add(article, Vocab.headline, NodeFactory.createLiteralLang(a.title(), "fr"));
            }
            Node published = date(a.published());
            if (published != null) {
                add(article, Vocab.datePublished, published);
            }
            if (a.outlet() != null && !a.outlet().isBlank()) {
                Node outlet = NodeFactory.createURI(Iris.outlet(a.outlet()));
                add(article, Vocab.publisher, outlet);
                add(outlet, Vocab.type, Vocab.Organization);
                add(outlet, Vocab.name, NodeFactory.createLiteralString(a.outlet()));
            }
            add(context, Vocab.type, Vocab.NifContext);
            add(context, Vocab.type, Vocab.RFC5147String);
            add(context, Vocab.isString, NodeFactory.createLiteralString(doc.text()));
            add(context, Vocab.beginIndex, index(0));
            add(context, Vocab.endIndex, index(doc.text().length()));
            add(context, Vocab.wasDerivedFrom, article);
        }

        private void statement(Statement s, int n) {
            Node st = NodeFactory.createURI(articleIri + "/statement/" + n);
            statementNodes.put(s, st);
            add(entity(s.speaker()), Vocab.said, st);
            add(st, Vocab.type, Vocab.Statement);
            add(st, Vocab.claim, NodeFactory.createLiteralLang(doc.text(s.claim()), "fr"));
            if (s.cue() != null) {
                add(st, Vocab.cue, NodeFactory.createLiteralLang(doc.text(s.cue()), "fr"));
                add(st, Vocab.cueSpan, span(s.cue()));
            }
            if (s.cueLemma() != null) {
                add(st, Vocab.cueLemma, NodeFactory.createLiteralString(s.cueLemma()));
            }
            add(st, Vocab.direct, NodeFactory.createLiteralByValue(s.direct(), XSDDatatype.XSDboolean));
            Node date = date(s.date());
            if (date != null) {
                add(st, Vocab.date, date);
            }
            add(st, Vocab.claimSpan, span(s.claim()));
            if (s.speakerSpan() != null) {
                add(st, Vocab.speakerSpan, span(s.speakerSpan()));
            }
            for (Entity e : s.mentioned()) {
                add(st, Vocab.mentions, entity(e));
            }
            add(st, Vocab.wasDerivedFrom, article);
        }

        private void deployment(Deployment d, int n) {
            Node dep = NodeFactory.createURI(articleIri + "/deployment/" + n);
            add(entity(d.sender()), Vocab.sent, dep);
            add(dep, Vocab.type, Vocab.Deployment);
            Quantity q = d.quantity();
            if (q.value() != null) {
                add(dep, Vocab.troopCount, integer(q.value()));
            }
            if (q.upper() != null) {
                add(dep, Vocab.troopCountMax, integer(q.upper()));
            }
            add(dep, Vocab.countQualifier, switch (q.qualifier()) {
                case EXACT -> Vocab.Exact;
                case APPROXIMATE -> Vocab.Approximate;
                case AT_LEAST -> Vocab.AtLeast;
                case AT_MOST -> Vocab.AtMost;
                case RANGE -> Vocab.Range;
                case VAGUE -> Vocab.Vague;
            });
            if (d.unit() != null) {
                add(dep, Vocab.unit, NodeFactory.createLiteralLang(d.unit(), "fr"));
            }
            if (d.category() != null) {
                add(dep, Vocab.unitCategory,
                        d.category() == Deployment.Category.PERSONNEL ? Vocab.Personnel : Vocab.Materiel);
            }
            if (d.origin() != null) {
                add(dep, Vocab.origin, entity(d.origin()));
            }
            for (Entity dest : d.destinations()) {
                add(dep, Vocab.destination, entity(dest));
            }
            add(dep, Vocab.status, switch (d.status()) {
                case DONE -> Vocab.Done;
                case ONGOING -> Vocab.Ongoing;
                case PLANNED -> Vocab.Planned;
                case POSSIBLE -> Vocab.Possible;
                case DENIED -> Vocab.Denied;
            });
            Node date = date(d.date());
            if (date != null) {
                add(dep, Vocab.date, date);
            }
            if (d.reportedIn() != null && statementNodes.containsKey(d.reportedIn())) {
                add(dep, Vocab.reportedIn, statementNodes.get(d.reportedIn()));
            }
            add(dep, Vocab.evidenceSpan, span(d.evidence()));
            add(dep, Vocab.wasDerivedFrom, article);
        }

        /** The entity's node, described (type, labels, sameAs) the first time this article uses it. */
        private Node entity(Entity e) {
            Node node;
            if (e.type() == EntityType.ANONYMOUS) {
                node = anonymous.computeIfAbsent(e.label(), label ->
                        NodeFactory.createURI(articleIri + "/source/" + (anonymous.size() + 1)));
            } else {
                node = NodeFactory.createURI(Iris.entity(e));
            }
            if (described.add(node)) {
                add(node, Vocab.type, switch (e.type()) {
                    case PERSON -> Vocab.Person;
                    case COUNTRY -> Vocab.Country;
                    case ORGANIZATION -> Vocab.Organization;
                    case PLACE -> Vocab.Place;
                    case ANONYMOUS -> Vocab.AnonymousSource;
                });
                add(node, Vocab.label, NodeFactory.createLiteralLang(e.label(), "fr"));
                if (e.labelEn() != null) {
                    add(node, Vocab.label, NodeFactory.createLiteralLang(e.labelEn(), "en"));
                }
                if (e.wikidata() != null) {
                    add(node, Vocab.sameAs, NodeFactory.createURI(Vocab.WD + e.wikidata()));
                }
            }
            return node;
        }

        private Node span(Span s) {
            Node node = NodeFactory.createURI(Iris.span(articleIri, s));
            if (spans.add(node)) {
                add(node, Vocab.type, Vocab.NifString);
                add(node, Vocab.type, Vocab.RFC5147String);
                add(node, Vocab.beginIndex, index(s.start()));
                add(node, Vocab.endIndex, index(s.end()));
                add(node, Vocab.anchorOf, NodeFactory.createLiteralString(doc.text(s)));
                add(node, Vocab.referenceContext, context);
            }
            return node;
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(article, s, p, o));
        }
    }

    /** "2024-03-14" as xsd:date, "2024-03" as xsd:gYearMonth, "2024" as xsd:gYear. */
    static Node date(String iso) {
        if (iso == null) {
            return null;
        }
        XSDDatatype type = switch (iso.length()) {
            case 10 -> XSDDatatype.XSDdate;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 4 -> XSDDatatype.XSDgYear;
            default -> null;
        };
        return type == null ? null : NodeFactory.createLiteralDT(iso, type);
    }

    private static Node index(long i) {
        return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node integer(long i) {
        return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger);
    }

    private static boolean isAbsoluteIri(String s) {
        try {
            return org.apache.jena.irix.IRIx.create(s).isAbsolute();
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }
}
