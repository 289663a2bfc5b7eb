package app.slate.matching.score;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each factor counts. The defaults differ by side: casting leans on craft (experience,
 * credits, look), talent on the deal (pay, dream roles). A project may override casting's; the
 * weights need not add up to one, the total divides by their sum.
 */
public record MatchWeights(Map<Factor, Double> weights) {

    public static final double MAX_WEIGHT = 10;

    public MatchWeights {
        EnumMap<Factor, Double> complete = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            complete.put(factor, weights.getOrDefault(factor, 0.0));
        }
        weights = Map.copyOf(complete);
    }

    public static MatchWeights defaults(Perspective perspective) {
        return perspective == Perspective.CASTING
                ? of(0.10, 0.10, 0.15, 0.15, 0.15, 0.05, 0.10, 0.10, 0.10)
                : of(0.20, 0.05, 0.15, 0.10, 0.10, 0.05, 0.15, 0.10, 0.10);
    }

    /** Weights in {@link Factor} order. */
    public static MatchWeights of(double... values) {
        EnumMap<Factor, Double> weights = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            weights.put(factor, values[factor.ordinal()]);
        }
        return new MatchWeights(weights);
    }

    /** A project's override over the defaults: factors it leaves out keep their default weight. */
    public static MatchWeights override(Map<Factor, Double> given) {
        List<FieldError> errors = new ArrayList<>();
        given.forEach((factor, weight) -> {
            if (weight == null || weight < 0 || weight > MAX_WEIGHT || weight.isNaN()) {
                errors.add(new FieldError("weights." + factor.name(), "must be a number from 0 to " + (int) MAX_WEIGHT));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        EnumMap<Factor, Double> merged = new EnumMap<>(defaults(Perspective.CASTING).weights());
        merged.putAll(given);
        if (merged.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw ProblemException.invalid("weights", "at least one factor must weigh more than 0");
        }
        return new MatchWeights(merged);
    }

    public double of(Factor factor) {
        return weights.get(factor);
    }

    public double sum() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
