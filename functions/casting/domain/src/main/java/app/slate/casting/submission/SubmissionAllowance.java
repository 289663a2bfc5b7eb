package app.slate.casting.submission;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The entitlement check on submitting: a talent's submissions this calendar month (UTC) against
 * their plan's limit. A transaction-scoped advisory lock per talent makes two concurrent
 * submissions count one after the other, so the limit cannot be overrun by a race.
 */
@ApplicationScoped
public class SubmissionAllowance {

    private final PlanConfig plans;

    public SubmissionAllowance(PlanConfig plans) {
        this.plans = plans;
    }

    /** Call inside the submitting transaction. */
    public Uni<Void> check(String talentId) {
        String plan = plans.defaultPlan();
        PlanConfig.Limits limits = plans.limits().get(plan);
        if (limits == null) {
            throw new IllegalStateException("slate.plans.limits." + plan + " is not configured");
        }
        LocalDate monthStart = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                        .setParameter(1, "submissions:" + talentId).getSingleResult())
                .chain(() -> Submission.count("talentId = ?1 and createdAt >= ?2", talentId,
                        monthStart.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .invoke(used -> {
                    if (used >= limits.submissionsPerMonth()) {
                        throw new ProblemException(Problem.of("submission-limit", "Submission limit reached", 402,
                                "Your " + plan + " plan allows " + limits.submissionsPerMonth() + " submissions a month and you have made "
                                        + used + "; the allowance renews on " + monthStart.plusMonths(1) + ".", List.of()));
                    }
                })
                .replaceWithVoid();
    }
}
