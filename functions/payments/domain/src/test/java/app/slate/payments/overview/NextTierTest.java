package app.slate.payments.overview;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.payments.overview.NextTier.Change;
import app.slate.payments.plans.Audience;
import app.slate.payments.plans.Currency;
import app.slate.payments.plans.PlanDetails.Limits;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.payments.plans.PlanView;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextTierTest {

    private static final PlanView FREE = plan("free", Audience.ANYONE, 0, new Limits(10, 2L << 30, 3, false, false), List.of());
    private static final PlanView PROFESSIONAL = plan("professional", Audience.TALENT, 1, new Limits(null, 20L << 30, 3, true, true),
            List.of(new Price(Currency.SAR, 10900L)));
    private static final PlanView STUDIO = plan("studio", Audience.CASTING, 1, new Limits(10, 100L << 30, null, true, true),
            List.of(new Price(Currency.SAR, 112500L)));
    private static final PlanView PARTNER = plan("partner", Audience.ANYONE, 5, new Limits(null, 1L << 40, null, true, true), List.of());

    @Test
    void aTalentOnFree_seesProfessional_andWhatItAdds() {
        NextTier next = NextTier.after(FREE, Audience.TALENT, List.of(FREE, PROFESSIONAL, STUDIO, PARTNER)).orElseThrow();
        assertThat(next.code()).isEqualTo("professional");
        assertThat(next.adds()).containsExactly(new Change("submissionsPerMonth", 10, null),
                new Change("storageBytes", 2L << 30, 20L << 30), new Change("priorityPlacement", false, true),
                new Change("featuredBadge", false, true));
    }

    @Test
    void aCastingAccountOnFree_seesStudio_withUnlimitedOpenRoles() {
        NextTier next = NextTier.after(FREE, Audience.CASTING, List.of(FREE, PROFESSIONAL, STUDIO)).orElseThrow();
        assertThat(next.code()).isEqualTo("studio");
        assertThat(next.adds()).contains(new Change("openRoles", 3, null)).noneMatch(c -> c.entitlement().equals("submissionsPerMonth"));
    }

    @Test
    void theTopTier_orAPlanThatCannotBeBought_isNoNextTier() {
        assertThat(NextTier.after(PROFESSIONAL, Audience.TALENT, List.of(FREE, PROFESSIONAL, STUDIO, PARTNER))).isEmpty();
    }

    private static PlanView plan(String code, Audience audience, int tier, Limits limits, List<Price> prices) {
        return new PlanView(code, code, "", audience, tier, "ACTIVE", limits, 0, prices);
    }
}
