package app.slate.payments.checkout;

import app.slate.payments.moyasar.MoyasarSource;
import app.slate.payments.plans.Currency;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A buyer's choice: the plan, the currency they pay in, where they are (ISO 3166 country, which
 * picks the provider), the name their receipts are made out to (a company, or their legal name),
 * and, when they pay through Moyasar (riyals, or from Saudi Arabia), how they pay.
 */
public record CheckoutRequest(@NotBlank @Size(max = 40) String planCode, @NotNull Currency currency,
                              @Pattern(regexp = "[A-Z]{2}") String country, @Size(max = 120) String billingName,
                              @Valid MoyasarSource source) {
}
