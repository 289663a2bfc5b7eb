package app.slate.payments.stripe;

import app.slate.payments.checkout.Provider;
import app.slate.payments.checkout.ProviderUnavailable;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Slate's calls to Stripe, through the official client built once at init, with its base URL from
 * configuration, bounded timeouts, and an idempotency key on every create (the library retries a
 * failed call with the same key, so a retry never makes a second object). Blocking: call it off the
 * event loop.
 */
@ApplicationScoped
public class StripeGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class);

    /** What a checkout asks Stripe for. */
    public record CheckoutSession(String checkoutId, String accountId, String planCode, String customerId, String priceId, int trialDays,
                                  String successUrl, String cancelUrl, Instant expiresAt, String idempotencyKey) {
    }

    private final Optional<StripeClient> client;

    public StripeGateway(StripeConfig config) {
        this.client = config.secretKey().filter(key -> !key.isBlank()).map(key -> StripeClient.builder().setApiKey(key)
                .setApiBase(config.apiBase()).setConnectTimeout((int) config.connectTimeout().toMillis())
                .setReadTimeout((int) config.readTimeout().toMillis()).setMaxNetworkRetries(2).build());
    }

    public String createCustomer(String accountId) {
        return call("create a customer", stripe -> stripe.customers().create(CustomerCreateParams.builder()
                .putMetadata("accountId", accountId).build(), key("customer-" + accountId)).getId());
    }

    public String createPrice(String planCode, String planName, String currency, long amountMinor) {
        return call("create a price", stripe -> stripe.prices().create(PriceCreateParams.builder()
                .setCurrency(currency.toLowerCase()).setUnitAmount(amountMinor)
                .setRecurring(PriceCreateParams.Recurring.builder().setInterval(PriceCreateParams.Recurring.Interval.MONTH).build())
                .setProductData(PriceCreateParams.ProductData.builder().setName("Slate " + planName).build())
                .putMetadata("planCode", planCode).build(), key("price-" + planCode + "-" + currency + "-" + amountMinor)).getId());
    }

    public Session createSession(CheckoutSession checkout) {
        Map<String, String> metadata = Map.of("checkoutId", checkout.checkoutId(), "accountId", checkout.accountId(),
                "planCode", checkout.planCode());
        SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder().putAllMetadata(metadata);
        if (checkout.trialDays() > 0) {
            subscription.setTrialPeriodDays((long) checkout.trialDays());
        }
        SessionCreateParams params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(checkout.customerId()).setClientReferenceId(checkout.checkoutId())
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(checkout.priceId()).setQuantity(1L).build())
                .setSuccessUrl(checkout.successUrl()).setCancelUrl(checkout.cancelUrl())
                .setExpiresAt(checkout.expiresAt().getEpochSecond()).setSubscriptionData(subscription.build())
                .putAllMetadata(metadata).build();
        return call("start a checkout", stripe -> stripe.checkout().sessions().create(params, key(checkout.idempotencyKey())));
    }

    /** Ends an open session so that it can no longer be paid (a newer checkout replaces it). */
    public void expireSession(String sessionId) {
        call("expire a checkout", stripe -> stripe.checkout().sessions().expire(sessionId));
    }

    /** Cancels at the end of the paid period ({@code true}), or keeps it renewing after all ({@code false}). */
    public void cancelAtPeriodEnd(String subscriptionId, boolean cancel) {
        call("change the subscription", stripe -> stripe.subscriptions().update(subscriptionId,
                SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(cancel).build()));
    }

    /**
     * Moves the subscription to another price now, invoicing the prorated difference at once; a
     * declined card leaves the subscription as it was (a 402 for the buyer).
     */
    public void changePrice(String subscriptionId, String priceId, String idempotencyKey) {
        call("change the plan", stripe -> {
            Subscription subscription = stripe.subscriptions().retrieve(subscriptionId);
            try {
                return stripe.subscriptions().update(subscriptionId, SubscriptionUpdateParams.builder()
                        .addItem(SubscriptionUpdateParams.Item.builder().setId(subscription.getItems().getData().get(0).getId())
                                .setPrice(priceId).build())
                        .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.ALWAYS_INVOICE)
                        .setPaymentBehavior(SubscriptionUpdateParams.PaymentBehavior.ERROR_IF_INCOMPLETE).build(), key(idempotencyKey));
            } catch (CardException declined) {
                throw new ProblemException(Problem.of("card-declined", "Card declined", 402,
                        "Your card was declined for the difference; your plan is unchanged. Update your card and try again.", List.of()));
            }
        });
    }

    /** Ends a subscription now (a duplicate purchase): no further invoice, no proration credit. */
    public void cancelNow(String subscriptionId) {
        call("cancel the subscription", stripe -> stripe.subscriptions().cancel(subscriptionId));
    }

    /** Deletes the customer (an erasure): Stripe ends its subscriptions and forgets its details; its payments stay for the books. */
    public void deleteCustomer(String customerId) {
        call("delete the customer", stripe -> {
            try {
                return stripe.customers().delete(customerId);
            } catch (InvalidRequestException gone) {
                if ("resource_missing".equals(gone.getCode())) {
                    return null; // deleted by an earlier run of the same erasure
                }
                throw gone;
            }
        });
    }

    /** Refunds part or all of a payment; Stripe's refund events then say how it went. */
    public String refund(String paymentIntentId, long amountMinor, String idempotencyKey) {
        return call("refund the payment", stripe -> stripe.refunds().create(RefundCreateParams.builder().setPaymentIntent(paymentIntentId)
                .setAmount(amountMinor).setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).build(), key(idempotencyKey)).getId());
    }

    private static RequestOptions key(String idempotencyKey) {
        return idempotencyKey == null ? RequestOptions.getDefault() : RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private interface StripeCall<T> {
        T call(StripeClient stripe) throws StripeException;
    }

    private <T> T call(String what, StripeCall<T> call) {
        StripeClient stripe = client.orElseThrow(() -> ProviderUnavailable.because(Provider.STRIPE, "Stripe is not configured here."));
        try {
            return call.call(stripe);
        } catch (StripeException e) {
            LOG.warnf("Stripe refused to %s: %s (request %s, code %s)", what, e.getMessage(), e.getRequestId(), e.getCode());
            throw ProviderUnavailable.because(Provider.STRIPE, "it could not " + what + ".");
        }
    }
}
