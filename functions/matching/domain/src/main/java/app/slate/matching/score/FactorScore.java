package app.slate.matching.score;

/**
 * One factor's score between 0 and 1 and its reason in one line, worded twice: for the casting
 * team (which never repeats the talent's private fields) and for the talent (who may see their own).
 */
public record FactorScore(Factor factor, double score, String forCasting, String forTalent) {

    public FactorScore {
        score = Math.max(0, Math.min(1, score));
    }

    static FactorScore same(Factor factor, double score, String reason) {
        return new FactorScore(factor, score, reason, reason);
    }
}
