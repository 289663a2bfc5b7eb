package app.slate.payments.stripe;

import app.slate.payments.bills.BillSnapshot;
import app.slate.payments.bills.BillStatus;
import app.slate.payments.bills.RefundSnapshot;
import app.slate.payments.bills.RefundSnapshot.RefundStatus;
import app.slate.payments.checkout.Provider;
import app.slate.payments.subscriptions.SubscriptionSnapshot;
import app.slate.payments.subscriptions.SubscriptionStatus;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Refund;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import java.time.Instant;
import java.util.Locale;

/**
 * Stripe's objects (API version of the stripe-java library Slate runs) as Slate's provider-neutral
 * snapshots, stamped with the event's provider time. The period of a subscription is its item's;
 * an invoice's subscription is under its parent; an invoice attempted and still open has failed.
 */
final class StripeSnapshots {

    private StripeSnapshots() {
    }

    static SubscriptionSnapshot subscription(Subscription subscription, long created) {
        SubscriptionItem item = subscription.getItems().getData().get(0);
        return new SubscriptionSnapshot(Provider.STRIPE, subscription.getId(), subscription.getCustomer(), item.getPrice().getId(),
                SubscriptionStatus.ofStripe(subscription.getStatus()), instant(item.getCurrentPeriodStart()),
                instant(item.getCurrentPeriodEnd()), Boolean.TRUE.equals(subscription.getCancelAtPeriodEnd()),
                instant(subscription.getTrialEnd()), instant(subscription.getCanceledAt()), created);
    }

    static BillSnapshot bill(Invoice invoice, long created) {
        InvoiceLineItem line = invoice.getLines() == null || invoice.getLines().getData().isEmpty() ? null : invoice.getLines().getData().get(0);
        String price = line == null || line.getPricing() == null || line.getPricing().getPriceDetails() == null ? null
                : line.getPricing().getPriceDetails().getPrice();
        String subscription = invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null ? null
                : invoice.getParent().getSubscriptionDetails().getSubscription();
        String intent = invoice.getPayments() == null ? null : invoice.getPayments().getData().stream()
                .filter(p -> p.getPayment() != null && p.getPayment().getPaymentIntent() != null)
                .map(p -> p.getPayment().getPaymentIntent()).findFirst().orElse(null);
        boolean paid = "paid".equals(invoice.getStatus());
        return new BillSnapshot(Provider.STRIPE, invoice.getId(), intent, subscription, invoice.getCustomer(), price,
                status(invoice), reason(invoice.getBillingReason()), paid ? invoice.getAmountPaid() : invoice.getAmountDue(),
                invoice.getCurrency().toUpperCase(Locale.ROOT), instant(line == null ? null : line.getPeriod().getStart()),
                instant(line == null ? null : line.getPeriod().getEnd()), invoice.getAttemptCount() == null ? 0 : invoice.getAttemptCount().intValue(),
                instant(invoice.getNextPaymentAttempt()), !paid ? null : invoice.getReceiptNumber() != null ? invoice.getReceiptNumber() : invoice.getNumber(),
                paid && invoice.getStatusTransitions() != null ? instant(invoice.getStatusTransitions().getPaidAt()) : null, created);
    }

    static RefundSnapshot refund(Refund refund, long created) {
        RefundStatus status = switch (refund.getStatus()) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed" -> RefundStatus.FAILED;
            case "canceled" -> RefundStatus.CANCELED;
            default -> RefundStatus.PENDING;
        };
        return new RefundSnapshot(Provider.STRIPE, refund.getId(), refund.getPaymentIntent(), refund.getAmount(),
                refund.getCurrency().toUpperCase(Locale.ROOT), status, refund.getReason(), created);
    }

    /** The payment intent an invoice payment names, which its refunds will name too. */
    static String intent(InvoicePayment payment) {
        return payment.getPayment() == null ? null : payment.getPayment().getPaymentIntent();
    }

    private static BillStatus status(Invoice invoice) {
        return switch (invoice.getStatus()) {
            case "paid" -> BillStatus.PAID;
            case "void" -> BillStatus.VOID;
            case "uncollectible" -> BillStatus.FAILED;
            default -> Boolean.TRUE.equals(invoice.getAttempted()) ? BillStatus.FAILED : BillStatus.OPEN;
        };
    }

    private static String reason(String billingReason) {
        if (billingReason == null) {
            return null;
        }
        return switch (billingReason) {
            case "subscription_create" -> "NEW";
            case "subscription_cycle" -> "RENEWAL";
            case "subscription_update" -> "CHANGE";
            default -> billingReason.toUpperCase(Locale.ROOT);
        };
    }

    private static Instant instant(Long epochSecond) {
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond);
    }
}
