package app.slate.payments.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.slate.payments.plans.PlanDetails.Limits;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final Limits LIMITS = new Limits(null, 1L << 30, 3, true, true);

    @Test
    void aPaidPlan_pricedOncePerCurrency_atLeastTheSmallestCardPayment() {
        PlanDetails plan = plan(Audience.TALENT, 1, List.of(new Price(Currency.SAR, 150L), new Price(Currency.USD, 2900L),
                new Price(Currency.USD, 3900L)));
        assertThat(fields(() -> PlanRules.check("pro", plan))).containsExactly("prices[0].amountMinor", "prices[2].currency");
    }

    @Test
    void theFreePlan_staysForAnyone_atTierZero_withoutPrice() {
        PlanDetails plan = plan(Audience.TALENT, 1, List.of(new Price(Currency.SAR, 1000L)));
        assertThat(fields(() -> PlanRules.check("free", plan))).containsExactly("audience", "tier", "prices");
        assertThatCode(() -> PlanRules.check("free", plan(Audience.ANYONE, 0, List.of()))).doesNotThrowAnyException();
    }

    @Test
    void otherPlans_rankAboveFree_andCodesAreSlugs() {
        assertThat(fields(() -> PlanRules.check("partner", plan(Audience.ANYONE, 0, List.of())))).containsExactly("tier");
        assertThat(fields(() -> PlanRules.checkCode("Pro Plan"))).containsExactly("code");
        assertThatCode(() -> PlanRules.checkCode("professional-2027")).doesNotThrowAnyException();
    }

    private static PlanDetails plan(Audience audience, int tier, List<Price> prices) {
        return new PlanDetails("Plan", null, audience, tier, LIMITS, null, prices);
    }

    private static List<String> fields(Runnable check) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, check::run);
        return problem.problem().errors().stream().map(FieldError::field).toList();
    }
}
