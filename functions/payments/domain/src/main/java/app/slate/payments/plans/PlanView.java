package app.slate.payments.plans;

import app.slate.payments.plans.PlanDetails.Limits;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.platform.auth.Caller;
import java.util.List;
import java.util.Optional;

/** A plan as the catalogue shows it: what it allows and what it costs each month. */
public record PlanView(String code, String name, String description, Audience audience, int tier, String status, Limits entitlements,
                       int trialDays, List<Price> prices) {

    public boolean isFree() {
        return PlanRules.FREE.equals(code);
    }

    /** Offered now to this caller's kind of account (retired plans are kept by holders, offered to nobody). */
    public boolean offeredTo(Caller caller) {
        return status.equals("ACTIVE") && audience.offeredTo(Audience.of(caller));
    }

    public Optional<Price> priceIn(Currency currency) {
        return prices.stream().filter(price -> price.currency() == currency).findFirst();
    }
}
