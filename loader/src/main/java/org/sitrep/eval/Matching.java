package org.sitrep.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.eval.Gold.Item;

/** The matching rules of the shared gold README, to the letter. */
final class Matching {

    /** Two claims overlap when their token F1 reaches this. */
    static final double CLAIM_F1 = 0.5;

    private Matching() {
    }

    /** Outcome for one article and one kind of item. */
    record Outcome(int matched, int predicted, int gold, List<Item> misses, List<Item> falseHits) {
    }

    static Outcome statements(List<Item> predicted, List<Item> gold) {
        return assign(predicted, gold, (p, g) -> {
            double f1 = speakersAgree(p, g) ? claimF1(p.text(), g.text()) : 0;
            return f1 >= CLAIM_F1 ? f1 : -1;
        });
    }

    static Outcome deployments(List<Item> predicted, List<Item> gold) {
        return assign(predicted, gold, (p, g) -> {
            boolean sender = p.whoId() != null && p.whoId().equals(g.whoId());
            boolean count = p.count() != null && p.count().equals(g.count());
            boolean place = g.places().isEmpty() || p.places().stream().anyMatch(g.places()::contains);
            return sender && count && place ? 1.0 : -1;
        });
    }

    interface Scorer {
        /** Match strength, or a negative number when the two do not match. */
        double score(Item predicted, Item gold);
    }

    /**
     * Each gold item matches at most one prediction: pairs are taken best first, against required
     * gold items before optional ones. A prediction that matches only an optional item is
     * neither rewarded nor punished, so it leaves the count of predictions.
     */
    static Outcome assign(List<Item> predicted, List<Item> gold, Scorer scorer) {
        record Pair(int p, int g, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                double s = scorer.score(predicted.get(p), gold.get(g));
                if (s >= 0) {
                    pairs.add(new Pair(p, g, s));
                }
            }
        }
        pairs.sort(Comparator.comparing((Pair x) -> gold.get(x.g).optional())
                .thenComparing(Comparator.comparingDouble((Pair x) -> x.score).reversed()));
        boolean[] predUsed = new boolean[predicted.size()];
        boolean[] goldUsed = new boolean[gold.size()];
        int matched = 0;
        int neutral = 0;
        for (Pair pair : pairs) {
            if (predUsed[pair.p] || goldUsed[pair.g]) {
                continue;
            }
            predUsed[pair.p] = true;
            goldUsed[pair.g] = true;
            if (gold.get(pair.g).optional()) {
                neutral++;
            } else {
                matched++;
            }
        }
        List<Item> misses = new ArrayList<>();
        int required = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (!gold.get(g).optional()) {
                required++;
                if (!goldUsed[g]) {
                    misses.add(gold.get(g));
                }
            }
        }
        List<Item> falseHits = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predUsed[p]) {
                falseHits.add(predicted.get(p));
            }
        }
        return new Outcome(matched, predicted.size() - neutral, required, misses, falseHits);
    }

    /**
     * Speakers agree when both have the same Wikidata id; otherwise on the same name or surname,
     * ignoring case and accents; any two anonymous speakers agree.
     */
    static boolean speakersAgree(Item p, Item g) {
        if (p.whoId() != null && g.whoId() != null) {
            return p.whoId().equals(g.whoId());
        }
        if ("Anonymous".equals(p.whoType()) && "Anonymous".equals(g.whoType())) {
            return true;
        }
        String goldName = fold(g.who());
        String goldSurname = surname(goldName);
        for (String name : p.whoNames()) {
            String n = fold(name);
            if (!n.isEmpty() && (n.equals(goldName) || surname(n).equals(goldSurname))) {
                return true;
            }
        }
        return false;
    }

    /** Token F1 between two texts, lower-cased, punctuation dropped. */
    static double claimF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> bag = new HashMap<>();
        for (String t : tb) {
            bag.merge(t, 1, Integer::sum);
        }
        int common = 0;
        for (String t : ta) {
            Integer c = bag.get(t);
            if (c != null && c > 0) {
                common++;
                bag.put(t, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / ta.size();
        double recall = (double) common / tb.size();
        return 2 * precision * recall / (precision + recall);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String surname(String folded) {
        int sp = folded.lastIndexOf(' ');
        return sp < 0 ? folded : folded.substring(sp + 1);
    }
}
