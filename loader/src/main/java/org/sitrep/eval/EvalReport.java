package org.sitrep.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.eval.Gold.Item;
import org.sitrep.eval.Matching.Outcome;

/** Per-article and micro-averaged precision, recall and F1, as a table or JSON. */
public record EvalReport(List<ArticleScore> articles, List<String> problems) {

    public record ArticleScore(String article, Outcome statements, Outcome statementsPerson,
                               Outcome deployments, Outcome entities) {
    }

    /** Micro-averaged scores: counts summed over articles, then divided. */
    public record Score(int matched, int predicted, int gold) {

        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public Score statements() {
        return micro(ArticleScore::statements);
    }

    public Score statementsPerson() {
        return micro(ArticleScore::statementsPerson);
    }

    public Score deployments() {
        return micro(ArticleScore::deployments);
    }

    public Score entities() {
        return micro(ArticleScore::entities);
    }

    private Score micro(Function<ArticleScore, Outcome> kind) {
        int m = 0;
        int p = 0;
        int g = 0;
        for (ArticleScore a : articles) {
            Outcome o = kind.apply(a);
            m += o.matched();
            p += o.predicted();
            g += o.gold();
        }
        return new Score(m, p, g);
    }

    public void printTable(PrintStream out, boolean explain) {
        out.printf(Locale.ROOT, "%-28s %-18s %6s %6s %6s  %s%n", "article", "kind", "P", "R", "F1",
                "matched/predicted/gold");
        for (ArticleScore a : articles) {
            row(out, a.article(), "statements", score(a.statements()));
            row(out, "", "statements_person", score(a.statementsPerson()));
            row(out, "", "deployments", score(a.deployments()));
            row(out, "", "entities", score(a.entities()));
            if (explain) {
                explain(out, "statement", a.statements());
                explain(out, "deployment", a.deployments());
                explain(out, "entity", a.entities());
            }
        }
        out.println();
        row(out, "MICRO-AVERAGE", "statements", statements());
        row(out, "", "statements_person", statementsPerson());
        row(out, "", "deployments", deployments());
        row(out, "", "entities", entities());
        for (String p : problems) {
            out.println("problem: " + p);
        }
    }

    public String json() {
        return String.format(Locale.ROOT,
                "{\"statements\": %s, \"statements_person\": %s, \"deployments\": %s, \"entities\": %s, \"articles\": %d}",
                json(statements()), json(statementsPerson()), json(deployments()), json(entities()),
                articles.size());
    }

    private static String json(Score s) {
        return String.format(Locale.ROOT,
                "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"matched\": %d, \"predicted\": %d, \"gold\": %d}",
                s.precision(), s.recall(), s.f1(), s.matched(), s.predicted(), s.gold());
    }

    private static Score score(Outcome o) {
        return new Score(o.matched(), o.predicted(), o.gold());
    }

    private static void row(PrintStream out, String article, String kind, Score s) {
        out.printf(Locale.ROOT, "%-28s %-18s %6.3f %6.3f %6.3f  %d/%d/%d%n", article, kind,
                s.precision(), s.recall(), s.f1(), s.matched(), s.predicted(), s.gold());
    }

    private static void explain(PrintStream out, String what, Outcome o) {
        for (Item miss : o.misses()) {
            out.println("    missed " + what + ": " + describe(miss));
        }
        for (Item hit : o.falseHits()) {
            out.println("    false  " + what + ": " + describe(hit));
        }
    }

    private static String describe(Item i) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(i.who());
        if (i.whoId() != null && !i.whoId().equals(i.who())) {
            sb.append(' ').append(i.whoId());
        }
        sb.append(']');
        if (i.count() != null) {
            sb.append(" count=").append(i.count()).append(" to=").append(i.places());
        }
        if (i.text() != null && !i.text().equals(i.who())) {
            String t = i.text().replace('\n', ' ');
            sb.append(" \"").append(t.length() > 120 ? t.substring(0, 117) + "..." : t).append('"');
        }
        return sb.toString();
    }
}
