package app.slate.payments.checkout;

import java.time.Instant;
import java.util.UUID;

/**
 * A checkout as the buyer sees it: where to pay (the provider's hosted page), until when, and
 * what. {@code vatMinor} is the VAT within the amount (riyals include 15%).
 */
public record CheckoutView(UUID id, Provider provider, String status, String url, String planCode, String currency, long amountMinor,
                           long vatMinor, int trialDays, Instant expiresAt) {
}
