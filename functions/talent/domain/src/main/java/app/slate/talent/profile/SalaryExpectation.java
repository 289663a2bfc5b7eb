package app.slate.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The lowest acceptable rate, in minor units of an ISO 4217 currency (5000 GBP a day = 500000). */
public record SalaryExpectation(
        @NotNull @Min(0) @Max(100_000_000_000L) Long amountMinor,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as GBP") String currency,
        @NotNull Per per) {

    public enum Per { HOUR, DAY, WEEK, PROJECT }
}
