package cn.techmarket.matching.eval;

import cn.techmarket.matching.FitFactor;
import cn.techmarket.matching.Match;
import cn.techmarket.matching.MatchingConfig;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * FULL re-scored from what the matcher returned (each candidate's word and meaning ranks and its fit factors), with
 * a part left out or another blend: the ablations and the development-split tuning. Same formula as
 * {@code Matcher} — (text × fused + fit × structured fit) × blocked factor — over the same candidates; only the
 * near-duplicate collapse is the one FULL already did.
 */
record FullVariant(String name, double textWeight, double fitWeight, double blockedFactor, boolean lexical,
                   boolean semantic, Set<String> droppedFactors) {

    static FullVariant shipped(MatchingConfig config) {
        return new FullVariant("FULL", config.textWeight(), config.fitWeight(), config.blockedFactor(), true, true, Set.of());
    }

    FullVariant named(String newName) {
        return new FullVariant(newName, textWeight, fitWeight, blockedFactor, lexical, semantic, droppedFactors);
    }

    FullVariant withoutLexical() {
        return new FullVariant("FULL − lexical", textWeight, fitWeight, blockedFactor, false, true, droppedFactors);
    }

    FullVariant withoutSemantic() {
        return new FullVariant("FULL − semantic", textWeight, fitWeight, blockedFactor, true, false, droppedFactors);
    }

    FullVariant withoutFit() {
        return new FullVariant("FULL − structured fit", textWeight, 0, 1.0, true, true, droppedFactors);
    }

    FullVariant without(String factor) {
        return new FullVariant("FULL − " + factor, textWeight, fitWeight, blockedFactor, true, true, Set.of(factor));
    }

    FullVariant blend(double fit, double blocked) {
        return new FullVariant(String.format("FULL (fit %.2f, blocked × %.2f)", fit, blocked), 1 - fit, fit, blocked,
                true, true, droppedFactors);
    }

    /** The candidates' ids in this variant's order (ties by id, as the matcher breaks them). */
    List<Long> rank(List<Match> candidates, int rrfK, int size) {
        record Scored(long id, double score) {
        }
        return candidates.stream().map(m -> new Scored(m.id(), score(m, rrfK)))
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id))
                .limit(size).map(Scored::id).toList();
    }

    double score(Match m, int rrfK) {
        double best = 2.0 / (rrfK + 1);
        double fused = ((lexical && m.lexicalRank() != null ? 1.0 / (rrfK + m.lexicalRank()) : 0)
                + (semantic && m.semanticRank() != null ? 1.0 / (rrfK + m.semanticRank()) : 0)) / best;
        double sum = 0, weights = 0;
        boolean blocked = false;
        for (FitFactor f : m.factors()) {
            if (droppedFactors.contains(f.name())) {
                continue;
            }
            if (f.known()) {
                sum += f.score() * f.weight();
                weights += f.weight();
            }
            blocked |= f.blocking();
        }
        double fit = weights == 0 ? 0.5 : sum / weights;
        return (textWeight * fused + fitWeight * fit) * (blocked ? blockedFactor : 1.0);
    }
}
