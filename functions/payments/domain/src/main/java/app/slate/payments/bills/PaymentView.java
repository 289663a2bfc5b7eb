package app.slate.payments.bills;

import java.time.Instant;
import java.util.UUID;

/**
 * A bill as its payer (and admins) see it: what it was for, its amount with the VAT inside it,
 * what has been refunded, and, for a failed one, the attempts and the next retry.
 */
public record PaymentView(UUID id, String provider, String status, String reason, String planCode, long amountMinor, String currency,
                          long vatMinor, long refundedMinor, Instant periodStart, Instant periodEnd, Instant paidAt, String receiptNumber,
                          int attemptCount, Instant nextAttemptAt, Instant createdAt) {
}
