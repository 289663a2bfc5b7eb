package app.slate.payments.reads;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import java.time.Instant;
import java.util.List;

/**
 * What an account may do now, from the plan it is on: its limits (null is unlimited) within the
 * current period, and the placement its plan buys. {@code subscriptionStatus} is null on the free
 * plan. Each context checks its own usage against these; this record only says how to refuse.
 */
public record Entitlement(String accountId, String planCode, String planName, Integer submissionsPerMonth, long storageBytes,
                          Integer openRoles, boolean priorityPlacement, boolean featuredBadge, String subscriptionStatus,
                          Instant periodStart, Instant periodEnd) {

    public boolean allowsAnotherSubmission(long madeThisPeriod) {
        return submissionsPerMonth == null || madeThisPeriod < submissionsPerMonth;
    }

    public boolean allowsAnotherOpenRole(long open) {
        return openRoles == null || open < openRoles;
    }

    public boolean holds(long bytes) {
        return bytes <= storageBytes;
    }

    /** The refusal when a limit is reached: 402, with where to go for more. */
    public ProblemException limitReached(String what, String detail) {
        return new ProblemException(Problem.of("plan-limit-reached", what + " reached", 402,
                detail + " Plans with more: GET /billing/plans; yours: GET /billing/me.", List.of()));
    }
}
