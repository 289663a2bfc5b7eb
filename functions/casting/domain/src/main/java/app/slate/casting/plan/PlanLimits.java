package app.slate.casting.plan;

import app.slate.casting.reads.CastingUsage;
import app.slate.payments.reads.Entitlements;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Casting's side of the plans: a talent's submissions in the plan's period and the roles open on
 * an owner's projects, checked against what payments says the plan allows. Call inside the
 * transaction that submits or opens; the account lock makes concurrent requests count in turn.
 */
@ApplicationScoped
public class PlanLimits {

    private final Entitlements entitlements;
    private final CastingUsage usage;

    public PlanLimits(Entitlements entitlements, CastingUsage usage) {
        this.entitlements = entitlements;
        this.usage = usage;
    }

    public Uni<Void> checkSubmission(String talentId) {
        return AccountLock.hold("submissions", talentId).chain(() -> entitlements.of(talentId))
                .chain(plan -> usage.submissionsSince(talentId, plan.periodStart()).invoke(used -> {
                    if (!plan.allowsAnotherSubmission(used)) {
                        throw plan.limitReached("Submission limit", "Your " + plan.planName() + " plan allows "
                                + plan.submissionsPerMonth() + " submissions a month and you have made " + used
                                + "; the allowance renews on " + plan.periodEnd() + ".");
                    }
                }))
                .replaceWithVoid();
    }

    /** The project's owner pays for its open roles, whoever on the team opens one. */
    public Uni<Void> checkOpening(String ownerId) {
        return AccountLock.hold("open-roles", ownerId).chain(() -> entitlements.of(ownerId))
                .chain(plan -> usage.openRoles(ownerId).invoke(open -> {
                    if (!plan.allowsAnotherOpenRole(open)) {
                        throw plan.limitReached("Open role limit", "The project owner's " + plan.planName() + " plan allows "
                                + plan.openRoles() + " open roles at a time and " + open + " are open; close one or upgrade.");
                    }
                }))
                .replaceWithVoid();
    }
}
