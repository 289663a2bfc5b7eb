package app.slate.local.payments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.payments.StripeLifecycles.Lifecycle;
import app.slate.platform.blocking.Await;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.StandInsState;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The exactly-once benchmark, small: 40 customers' lifecycles as signed Stripe deliveries, 30% of
 * them twice, shuffled, posted by four senders through the real path (/webhooks/stripe, the
 * payments queue, the worker): every subscription ends in its right state, every bill is held
 * once, every refund counted. Then the same for 30 Moyasar customers whose payments the Moyasar
 * stand-in really holds (their events posted to /webhooks/moyasar: the worker fetches each payment).
 * ExactlyOnceBenchmark runs both at scale.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ExactlyOnceTest {

    @Inject
    Pool database;

    @ConfigProperty(name = "slate.payment-webhook.stripe-secrets")
    String secret;

    @ConfigProperty(name = "slate.standins.state-file")
    Path standIns;

    @Test
    void shuffledAndRepeatedDeliveries_leaveEveryCustomerInTheirRightState() throws Exception {
        Random random = new Random(20261202);
        String price = "price_" + StripeLifecycles.token();
        List<Lifecycle> lifecycles = new StripeLifecycles(price, 2900, Instant.now().minus(Duration.ofDays(120)).getEpochSecond())
                .make(40, random);
        database.preparedQuery("""
                INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
                VALUES ($1, 'STRIPE', (SELECT id FROM billing_plans WHERE code = 'professional'), 'USD', 2900)""")
                .execute(Tuple.of(price)).await().atMost(Await.LIMIT);
        for (Lifecycle lifecycle : lifecycles) {
            database.preparedQuery("INSERT INTO billing_customers (account_id, provider, provider_customer_id) VALUES ($1, 'STRIPE', $2)")
                    .execute(Tuple.of(lifecycle.accountId(), lifecycle.customerId())).await().atMost(Await.LIMIT);
        }
        List<String> deliveries = StripeLifecycles.deliveries(lifecycles, 0.3, random);
        send(deliveries, body -> given().contentType("application/json; charset=utf-8")
                .header("Stripe-Signature", StripeDeliveries.signature(secret, body)).body(body).post("/webhooks/stripe").statusCode());

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(ExactlyOnceCheck.wrong(database, lifecycles)).isEmpty());
        System.out.printf("Exactly once: %d deliveries for %d customers, all applied once, 0 wrong states%n", deliveries.size(), lifecycles.size());
    }

    @Test
    void moyasarEventsRepeatedAndShuffled_leaveEveryCustomerInTheirRightState() throws Exception {
        StandInsState state = StandInsState.read(standIns);
        List<Lifecycle> lifecycles;
        try (Connection jdbc = DriverManager.getConnection(state.endpoint("postgres.jdbc-url"), state.endpoint("postgres.user"),
                state.endpoint("postgres.password"))) {
            lifecycles = new MoyasarLifecycles(state).make(30, new Random(20261203), jdbc);
        }
        List<String> deliveries = StripeLifecycles.deliveries(lifecycles, 0.3, new Random(16));
        send(deliveries, body -> given().contentType("application/json").body(body).post("/webhooks/moyasar").statusCode());

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(ExactlyOnceCheck.wrong(database, lifecycles)).isEmpty());
        assertThat(lifecycles).anyMatch(l -> l.bills() == 0).anyMatch(l -> l.refundedMinor() == MoyasarLifecycles.AMOUNT)
                .anyMatch(l -> l.refundedMinor() == 1000);
    }

    /** Posts every delivery by four senders; each must be acknowledged. */
    private static void send(List<String> deliveries, Function<String, Integer> post) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sent = deliveries.stream().map(body -> senders.submit(() -> post.apply(body))).toList();
            for (Future<Integer> status : sent) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
    }
}
