package app.slate.payments.overview;

import app.slate.payments.plans.Audience;
import app.slate.payments.plans.PlanDetails.Limits;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.payments.plans.PlanView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan one step up from where an account is, among those offered to it, and what it adds:
 * each entitlement that grows, from what to what (null is unlimited). Nothing when it is already
 * on the highest tier it may buy.
 */
public record NextTier(String code, String name, List<Change> adds, List<Price> prices) {

    public record Change(String entitlement, Object from, Object to) {
    }

    public static Optional<NextTier> after(PlanView current, Audience audience, List<PlanView> offered) {
        return offered.stream()
                .filter(plan -> plan.audience().offeredTo(audience) && plan.tier() > current.tier() && !plan.prices().isEmpty())
                .min(Comparator.comparingInt(PlanView::tier).thenComparing(PlanView::code))
                .map(next -> new NextTier(next.code(), next.name(), adds(current.entitlements(), next.entitlements()), next.prices()));
    }

    static List<Change> adds(Limits from, Limits to) {
        List<Change> adds = new ArrayList<>();
        more(adds, "submissionsPerMonth", from.submissionsPerMonth(), to.submissionsPerMonth());
        if (to.storageBytes() > from.storageBytes()) {
            adds.add(new Change("storageBytes", from.storageBytes(), to.storageBytes()));
        }
        more(adds, "openRoles", from.openRoles(), to.openRoles());
        if (to.priorityPlacement() && !from.priorityPlacement()) {
            adds.add(new Change("priorityPlacement", false, true));
        }
        if (to.featuredBadge() && !from.featuredBadge()) {
            adds.add(new Change("featuredBadge", false, true));
        }
        return adds;
    }

    /** A limit grows when it becomes unlimited (null) or larger. */
    private static void more(List<Change> adds, String name, Integer from, Integer to) {
        if (from != null && (to == null || to > from) && !Objects.equals(from, to)) {
            adds.add(new Change(name, from, to));
        }
    }
}
