package app.slate.platform.ai.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    private static final TokenBudget BUDGET = new TokenBudget(50_000, 2_000_000);
    private static final Instant EVENING = Instant.parse("2026-12-04T21:30:00Z");

    @Test
    void withinBothBudgets_theCallGoesAhead() {
        assertThatCode(() -> BUDGET.check("talent-1", new TokenBudget.Spent(49_999, 1_999_999), EVENING)).doesNotThrowAnyException();
    }

    @Test
    void anAccountsSpentAllowance_isA429ThatRenewsAtMidnightUtc() {
        assertThatThrownBy(() -> BUDGET.check("talent-1", new TokenBudget.Spent(50_000, 60_000), EVENING))
                .isInstanceOfSatisfying(TokenBudget.AiBudgetSpent.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(429);
                    assertThat(e.problem().type()).endsWith("/ai-budget-spent");
                    assertThat(e.problem().detail()).startsWith("Your daily allowance").contains("50000 tokens");
                    assertThat(e.headers()).containsEntry("Retry-After", "9000");
                });
    }

    @Test
    void theGlobalBudget_stopsEveryone_thePlatformsOwnWorkToo() {
        assertThatThrownBy(() -> BUDGET.check(null, new TokenBudget.Spent(0, 2_000_000), EVENING))
                .isInstanceOfSatisfying(TokenBudget.AiBudgetSpent.class, e -> assertThat(e.problem().detail()).startsWith("Slate's daily budget"));
        assertThatThrownBy(() -> BUDGET.check("talent-1", new TokenBudget.Spent(10, 2_000_001), EVENING))
                .isInstanceOf(TokenBudget.AiBudgetSpent.class);
    }

    @Test
    void thePlatformsOwnWork_hasNoAccountAllowance() {
        assertThatCode(() -> BUDGET.check(null, new TokenBudget.Spent(0, 100_000), EVENING)).doesNotThrowAnyException();
    }
}
