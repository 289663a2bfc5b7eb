package app.slate.platform.ai.usage;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The daily token budgets, checked before a call: the platform's for all calls, and one per
 * account. A call that starts within budget may end beyond it (its tokens are known only after),
 * so a budget is overrun by at most the calls in flight when it is reached.
 */
public record TokenBudget(long accountDailyTokens, long dailyTokens) {

    /** Tokens used today: by the account the call works for (0 for the platform's own work) and by every call. */
    public record Spent(long byAccount, long byAll) {
    }

    /** Refuses the call with a 429 when a budget it counts against is spent; it renews at 00:00 UTC. */
    public void check(String account, Spent spent, Instant now) {
        if (spent.byAll() >= dailyTokens) {
            throw spent("Slate's daily budget for AI-written text (" + dailyTokens + " tokens) is spent; it renews at 00:00 UTC.", now);
        }
        if (account != null && spent.byAccount() >= accountDailyTokens) {
            throw spent("Your daily allowance for AI-written text (" + accountDailyTokens + " tokens) is spent; it renews at 00:00 UTC.", now);
        }
    }

    /** A budget spent by calls in flight between the check and the reservation (whichever it was). */
    public AiBudgetSpent spentMeanwhile(Instant now) {
        return spent("The daily budget for AI-written text was spent by calls made at the same moment; it renews at 00:00 UTC.", now);
    }

    /** The refusal, with {@code Retry-After} at the next midnight UTC, when every budget renews. */
    private static AiBudgetSpent spent(String detail, Instant now) {
        Duration renews = Duration.between(now, now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        return new AiBudgetSpent(detail, Math.max(1, renews.truncatedTo(ChronoUnit.SECONDS).getSeconds()));
    }

    /** 429 {@code ai-budget-spent}, with {@code Retry-After} at the budget's renewal. */
    public static class AiBudgetSpent extends ProblemException {
        AiBudgetSpent(String detail, long retryAfterSeconds) {
            this(detail, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
        }

        private AiBudgetSpent(String detail, Map<String, String> headers) {
            super(Problem.of("ai-budget-spent", "Too Many Requests", 429, detail, List.of()), headers);
        }

        /** The same refusal, telling the caller what they can do meanwhile. */
        public AiBudgetSpent meanwhile(String advice) {
            return new AiBudgetSpent(problem().detail() + " " + advice, headers());
        }
    }
}
