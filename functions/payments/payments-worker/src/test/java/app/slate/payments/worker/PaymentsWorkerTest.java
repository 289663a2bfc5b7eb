package app.slate.payments.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.payments.reads.Entitlements;
import app.slate.platform.blocking.Await;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stripe's events through the worker's real handler, repeated and out of order: what Slate holds
 * is what Stripe holds last, each bill and refund once, and nothing is granted that was not bought.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PaymentsWorkerTest {

    @Inject
    Pool database;

    @Inject
    Entitlements entitlements;

    private String account;
    private StripeLifecycle stripe;
    private long t0;

    @BeforeEach
    void aCustomerSlateMade() {
        account = UUID.randomUUID().toString();
        stripe = new StripeLifecycle("price_" + StripeLifecycle.token(), 2900);
        t0 = Instant.now().minusSeconds(10 * 86_400).getEpochSecond();
        run("INSERT INTO billing_customers (account_id, provider, provider_customer_id) VALUES ($1, 'STRIPE', $2)",
                Tuple.of(account, stripe.customer));
        run("""
                INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
                VALUES ($1, 'STRIPE', (SELECT id FROM billing_plans WHERE code = 'professional'), 'USD', 2900)""", Tuple.of(stripe.price));
    }

    @Test
    void aLifecycleDeliveredTwiceInAnyOrder_endsInStripesLatestState() throws Exception {
        String in1 = "in_" + StripeLifecycle.token();
        String in2 = "in_" + StripeLifecycle.token();
        String pi1 = "pi_" + StripeLifecycle.token();
        String pi2 = "pi_" + StripeLifecycle.token();
        String re1 = "re_" + StripeLifecycle.token();
        List<String> events = new ArrayList<>(List.of(
                stripe.subscriptionEvent("customer.subscription.created", "trialing", t0, t0, false),
                stripe.subscriptionEvent("customer.subscription.updated", "active", t0 + 100, t0 + 100, false),
                stripe.invoiceEvent("invoice.paid", in1, pi1, true, 1, t0 + 100, t0 + 100),
                stripe.invoiceEvent("invoice.payment_failed", in2, null, false, 1, t0 + 200, t0 + 200),
                stripe.subscriptionEvent("customer.subscription.updated", "past_due", t0 + 200, t0 + 200, false),
                stripe.invoiceEvent("invoice.paid", in2, pi2, true, 2, t0 + 300, t0 + 200),
                stripe.subscriptionEvent("customer.subscription.updated", "active", t0 + 300, t0 + 200, false),
                stripe.refundEvent("refund.created", re1, pi1, 1000, "succeeded", t0 + 400),
                stripe.otherEvent("payment_method.attached", t0 + 1)));
        events.addAll(events.subList(0, 5));
        Collections.shuffle(events, new Random(16));
        deliver(events);

        Row subscription = one("SELECT status, current_period_start, provider_state_at FROM billing_subscriptions WHERE provider_subscription_id = $1",
                stripe.subscription);
        assertThat(subscription.getString("status")).isEqualTo("ACTIVE");
        assertThat(subscription.getOffsetDateTime("current_period_start").toEpochSecond()).isEqualTo(t0 + 200);
        assertThat(one("SELECT status, provider_intent_id FROM billing_payments WHERE provider_payment_id = $1", in1).getString("status"))
                .isEqualTo("PAID");
        Row renewal = one("SELECT status, attempt_count, account_id FROM billing_payments WHERE provider_payment_id = $1", in2);
        assertThat(renewal.getString("status")).isEqualTo("PAID");
        assertThat(renewal.getInteger("attempt_count")).isEqualTo(2);
        assertThat(renewal.getString("account_id")).isEqualTo(account);
        assertThat(one("SELECT count(*) AS bills FROM billing_payments WHERE account_id = $1", account).getLong("bills")).isEqualTo(2);
        assertThat(one("SELECT status, amount_minor FROM billing_refunds WHERE provider_refund_id = $1", re1).getLong("amount_minor"))
                .isEqualTo(1000);
        assertThat(entitlements.of(account).await().atMost(Await.LIMIT).planCode()).isEqualTo("professional");
    }

    @Test
    void withinOneSecond_aLaterStateWins_soAFailedAttemptNeverUndoesAPayment_andACancellationStays() throws Exception {
        String in3 = "in_" + StripeLifecycle.token();
        deliver(List.of(stripe.invoiceEvent("invoice.paid", in3, "pi_" + StripeLifecycle.token(), true, 1, t0, t0),
                stripe.subscriptionEvent("customer.subscription.deleted", "canceled", t0, t0, false)));
        deliver(List.of(stripe.invoiceEvent("invoice.payment_failed", in3, null, false, 1, t0, t0),
                stripe.subscriptionEvent("customer.subscription.created", "active", t0, t0, false)));

        assertThat(one("SELECT status FROM billing_payments WHERE provider_payment_id = $1", in3).getString("status")).isEqualTo("PAID");
        assertThat(one("SELECT status FROM billing_subscriptions WHERE provider_subscription_id = $1", stripe.subscription).getString("status"))
                .isEqualTo("CANCELED");
        assertThat(entitlements.of(account).await().atMost(Await.LIMIT).planCode()).isEqualTo("free");
    }

    @Test
    void aRefundBeforeItsPaymentsSuccess_isKept_andJoinsItsPayment() throws Exception {
        String in4 = "in_" + StripeLifecycle.token();
        String pi4 = "pi_" + StripeLifecycle.token();
        deliver(List.of(stripe.refundEvent("refund.created", "re_" + StripeLifecycle.token(), pi4, 2900, "succeeded", t0 + 50)));
        deliver(List.of(stripe.invoiceEvent("invoice.paid", in4, pi4, true, 1, t0, t0)));

        assertThat(one("""
                SELECT coalesce(sum(r.amount_minor), 0) AS refunded FROM billing_payments p
                JOIN billing_refunds r ON r.provider_intent_id = p.provider_intent_id AND r.status = 'SUCCEEDED'
                WHERE p.provider_payment_id = $1""", in4).getLong("refunded")).isEqualTo(2900);
    }

    @Test
    void aSubscriptionOfACustomerSlateDidNotMake_grantsNothing() throws Exception {
        StripeLifecycle stranger = new StripeLifecycle(stripe.price, 2900);
        deliver(List.of(stranger.subscriptionEvent("customer.subscription.created", "active", t0, t0, false)));
        assertThat(database.preparedQuery("SELECT 1 FROM billing_subscriptions WHERE provider_subscription_id = $1")
                .execute(Tuple.of(stranger.subscription)).await().atMost(Await.LIMIT).size()).isZero();
    }

    @Test
    void theSampleEvent_isAppliedByTheFunctionsHandler() {
        String batch = Events.read("payments-worker", "stripe-subscription-created.json");
        given().contentType(ContentType.JSON).body(batch).when().post("/_lambda_").then().statusCode(200).body("batchItemFailures", empty());
    }

    private void deliver(List<String> events) throws Exception {
        for (int i = 0; i < events.size(); i += 10) {
            given().contentType(ContentType.JSON).body(StripeLifecycle.batch(events.subList(i, Math.min(events.size(), i + 10))))
                    .when().post("/_lambda_").then().statusCode(200).body("batchItemFailures", empty());
        }
    }

    private Row one(String query, String argument) {
        return database.preparedQuery(query).execute(Tuple.of(argument)).await().atMost(Await.LIMIT).iterator().next();
    }

    private void run(String statement, Tuple arguments) {
        database.preparedQuery(statement).execute(arguments).await().atMost(Await.LIMIT);
    }
}
