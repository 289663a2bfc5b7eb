package app.slate.matching.score;

import java.util.List;

/**
 * A match's total out of 100 and each factor's share of it: {@code contribution} is the points
 * the factor adds (weight times score over the weights' sum), so the contributions add up to
 * the total.
 */
public record Explanation(double total, List<Contribution> factors) {

    public record Contribution(Factor factor, double weight, double score, double contribution, String reason) {
    }

    public static Explanation of(List<FactorScore> scores, MatchWeights weights, Perspective perspective) {
        double sum = weights.sum();
        List<Contribution> factors = scores.stream().map(s -> new Contribution(s.factor(), round(weights.of(s.factor()), 3),
                round(s.score(), 3), round(100 * weights.of(s.factor()) * s.score() / sum, 2),
                perspective == Perspective.CASTING ? s.forCasting() : s.forTalent())).toList();
        double total = scores.stream().mapToDouble(s -> 100 * weights.of(s.factor()) * s.score() / sum).sum();
        return new Explanation(round(total, 1), factors);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
