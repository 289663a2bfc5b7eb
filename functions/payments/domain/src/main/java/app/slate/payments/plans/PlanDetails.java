package app.slate.payments.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A plan as an admin writes it. A limit left empty is unlimited. A plan without prices cannot be
 * bought, only granted (the free plan, a partner plan); each price is monthly, in minor units.
 */
public record PlanDetails(
        @NotBlank @Size(max = 80) String name,
        @Size(max = 500) String description,
        @NotNull Audience audience,
        @NotNull @Min(0) @Max(100) Integer tier,
        @NotNull @Valid Limits entitlements,
        @Min(0) @Max(90) Integer trialDays,
        @NotNull @Size(max = 5) List<@Valid @NotNull Price> prices) {

    public record Limits(
            @Min(0) @Max(100_000) Integer submissionsPerMonth,
            @NotNull @Min(0) @Max(10_995_116_277_760L) Long storageBytes,
            @Min(0) @Max(10_000) Integer openRoles,
            @NotNull Boolean priorityPlacement,
            @NotNull Boolean featuredBadge) {
    }

    public record Price(@NotNull Currency currency, @NotNull @Min(0) @Max(100_000_000) Long amountMinor) {
    }

    public int trialDaysOrNone() {
        return trialDays == null ? 0 : trialDays;
    }

    public String descriptionOrEmpty() {
        return description == null ? "" : description.strip();
    }
}
