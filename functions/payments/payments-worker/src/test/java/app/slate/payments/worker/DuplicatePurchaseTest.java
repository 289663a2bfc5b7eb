package app.slate.payments.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.payments.reads.Entitlements;
import app.slate.platform.blocking.Await;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.model.Customer;
import com.stripe.model.Price;
import com.stripe.model.checkout.Session;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Two checkout pages of one customer both paid at the Stripe stand-in: the second subscription is a
 * duplicate purchase. The worker keeps the first as the account's plan, and cancels and refunds the
 * second at Stripe, whose events then show it cancelled and its payment refunded.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class DuplicatePurchaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool database;

    @Inject
    Entitlements entitlements;

    @ConfigProperty(name = "slate.stripe.api-base")
    String api;

    @ConfigProperty(name = "slate.stripe.secret-key")
    String key;

    @Test
    void aSecondPaidSubscription_isCancelledAndRefunded_andTheFirstStays() throws Exception {
        StripeClient stripe = StripeClient.builder().setApiKey(key).setApiBase(api).build();
        String account = UUID.randomUUID().toString();
        Customer customer = stripe.customers().create(CustomerCreateParams.builder().putMetadata("accountId", account).build());
        Price price = stripe.prices().create(PriceCreateParams.builder().setCurrency("usd").setUnitAmount(2900L)
                .setRecurring(PriceCreateParams.Recurring.builder().setInterval(PriceCreateParams.Recurring.Interval.MONTH).build())
                .setProductData(PriceCreateParams.ProductData.builder().setName("Slate Professional").build()).build());
        database.preparedQuery("INSERT INTO billing_customers (account_id, provider, provider_customer_id) VALUES ($1, 'STRIPE', $2)")
                .execute(Tuple.of(account, customer.getId())).await().atMost(Await.LIMIT);
        database.preparedQuery("""
                        INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
                        VALUES ($1, 'STRIPE', (SELECT id FROM billing_plans WHERE code = 'professional'), 'USD', 2900)""")
                .execute(Tuple.of(price.getId())).await().atMost(Await.LIMIT);

        int seen = events().size();
        for (int page = 0; page < 2; page++) {
            Session session = stripe.checkout().sessions().create(SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    .setCustomer(customer.getId()).addLineItem(SessionCreateParams.LineItem.builder().setPrice(price.getId()).setQuantity(1L).build())
                    .setSuccessUrl("https://app.slate.example/billing/return").setCancelUrl("https://app.slate.example/billing").build());
            given().redirects().follow(false).formParam("card", "4242424242424242").post(session.getUrl()).then().statusCode(303);
        }
        seen = deliverSince(seen);
        // The worker cancelled and refunded the duplicate at Stripe: Stripe's events about that come back.
        deliverSince(seen);

        List<Row> subscriptions = new ArrayList<>();
        database.preparedQuery("SELECT status, duplicate_of FROM billing_subscriptions WHERE account_id = $1 ORDER BY created_at")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).forEach(subscriptions::add);
        assertThat(subscriptions).hasSize(2);
        assertThat(subscriptions.get(0).getString("status")).isEqualTo("ACTIVE");
        assertThat(subscriptions.get(0).getUUID("duplicate_of")).isNull();
        assertThat(subscriptions.get(1).getString("status")).isEqualTo("CANCELED");
        assertThat(subscriptions.get(1).getUUID("duplicate_of")).isNotNull();
        assertThat(database.preparedQuery("""
                        SELECT count(*) AS refunds FROM billing_refunds r JOIN billing_payments b ON b.provider_intent_id = r.provider_intent_id
                        WHERE b.account_id = $1 AND r.status = 'SUCCEEDED' AND r.amount_minor = 2900""")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next().getLong("refunds")).isEqualTo(1);
        assertThat(entitlements.of(account).await().atMost(Await.LIMIT).planCode()).isEqualTo("professional");
    }

    private List<String> events() throws Exception {
        List<String> events = new ArrayList<>();
        JsonNode list = JSON.readTree(given().get(api + "/control/events").then().statusCode(200).extract().asString());
        list.path("data").forEach(event -> events.add(event.toString()));
        return events;
    }

    /** Hands the worker every event Stripe made since the first {@code seen}, in batches; answers how many there are now. */
    private int deliverSince(int seen) throws Exception {
        List<String> all = events();
        List<String> fresh = all.subList(seen, all.size());
        for (int i = 0; i < fresh.size(); i += 10) {
            given().contentType(ContentType.JSON).body(StripeLifecycle.batch(fresh.subList(i, Math.min(fresh.size(), i + 10))))
                    .when().post("/_lambda_").then().statusCode(200).body("batchItemFailures", empty());
        }
        return all.size();
    }
}
