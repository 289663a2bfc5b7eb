package app.slate.payments.plans;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules across a plan's fields, checked after the per-field constraints. */
public final class PlanRules {

    public static final String FREE = "free";
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private PlanRules() {
    }

    public static void checkCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "must be 2 to 40 lowercase letters, digits or dashes, starting with a letter");
        }
    }

    public static void check(String code, PlanDetails plan) {
        List<FieldError> errors = new ArrayList<>();
        Set<Currency> seen = new HashSet<>();
        for (int i = 0; i < plan.prices().size(); i++) {
            PlanDetails.Price price = plan.prices().get(i);
            if (!seen.add(price.currency())) {
                errors.add(new FieldError("prices[" + i + "].currency", "is priced twice"));
            } else if (price.amountMinor() < price.currency().minimumMinor()) {
                errors.add(new FieldError("prices[" + i + "].amountMinor",
                        "must be at least " + price.currency().minimumMinor() + " (the smallest card payment in " + price.currency() + ")"));
            }
        }
        if (FREE.equals(code)) {
            // Everyone without a subscription is on it: it must stay for everyone, first, and free.
            if (plan.audience() != Audience.ANYONE) {
                errors.add(new FieldError("audience", "the free plan is for ANYONE"));
            }
            if (plan.tier() != 0) {
                errors.add(new FieldError("tier", "the free plan is tier 0"));
            }
            if (!plan.prices().isEmpty()) {
                errors.add(new FieldError("prices", "the free plan has no price"));
            }
            if (plan.trialDaysOrNone() != 0) {
                errors.add(new FieldError("trialDays", "the free plan has no trial"));
            }
        } else if (plan.tier() == 0) {
            errors.add(new FieldError("tier", "tier 0 is the free plan's; paid and granted plans rank above it"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
