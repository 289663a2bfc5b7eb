package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.blocking.Await;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import app.slate.standins.SentMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A plan bought end to end: checkout through the API, the card typed on the Stripe stand-in's
 * hosted page, Stripe's signed webhooks to /webhooks/stripe, the payments queue, the worker; then
 * the test clock moves the subscription to its renewals, which the card fails: past due while
 * Stripe retries, and the free plan once it gives up; the payer is told at each step.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SubscriptionFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool database;

    @ConfigProperty(name = "slate.stripe.api-base")
    String stripe;

    @Test
    void checkout_trial_failedRenewal_pastDue_andDowngradeToFree_toldAtEachStep() {
        String email = World.register("talent");
        String token = World.login(email).path("accessToken");
        String account = given().auth().oauth2(token).get("/me").then().statusCode(200).extract().path("id");
        given().auth().oauth2(token).get("/billing/me").then().statusCode(200).body("plan.code", equalTo("free"))
                .body("usage.find { it.limit == 'submissionsPerMonth' }.allowed", equalTo(10));

        String page = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"planCode\":\"professional\",\"currency\":\"USD\",\"country\":\"GB\"}").post("/billing/checkout")
                .then().statusCode(201).extract().path("url");
        given().redirects().follow(false).formParam("card", "4000 0000 0000 0002").post(page).then().statusCode(402);
        given().redirects().follow(false).formParam("card", "4000 0000 0000 0341").post(page).then().statusCode(303);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then().statusCode(200)
                .body("plan.code", equalTo("professional")).body("subscription.status", equalTo("TRIALING"))
                .body("usage.find { it.limit == 'submissionsPerMonth' }.allowed", nullValue()));
        String subscription = subscriptionOf(account);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(database.preparedQuery("SELECT status FROM billing_checkouts WHERE account_id = $1")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next().getString(0)).isEqualTo("COMPLETED"));

        advance(subscription);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then().statusCode(200)
                .body("plan.code", equalTo("professional")).body("subscription.status", equalTo("PAST_DUE")));

        for (int retry = 0; retry < 3; retry++) {
            advance(subscription);
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then().statusCode(200)
                .body("plan.code", equalTo("free")).body("subscription", nullValue()));
        assertThat(database.preparedQuery("SELECT status, attempt_count FROM billing_payments WHERE account_id = $1 AND reason = 'RENEWAL'")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next().getInteger("attempt_count")).isEqualTo(4);

        // Told by email at each step: the trial, failed attempts (the last says none follows; one that arrives after a later
        // attempt's is old news and not sent), the end.
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<SentMessage> sent = given().queryParam("recipient", email).get("/local/messages").then().statusCode(200)
                    .extract().as(new TypeRef<List<SentMessage>>() { });
            assertThat(sent).extracting(SentMessage::subject).contains("Welcome to Professional", "Your Professional plan has ended");
            assertThat(sent).filteredOn(m -> m.subject().equals("Your payment of 29.00 USD failed"))
                    .anySatisfy(m -> assertThat(m.text()).contains("No more attempts will be made"));
        });
        given().auth().oauth2(token).get("/inbox").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("Your Professional plan has ended"));
    }

    @Test
    void renewal_upgradeWithProration_cancelAndResume_andAPartialRefund() {
        String account = UUID.randomUUID().toString();
        String token = TestTokens.forUser(account, "talent");
        String admin = TestTokens.newUser("admin");
        String page = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"planCode\":\"professional\",\"currency\":\"USD\",\"country\":\"AE\",\"billingName\":\"ليلى العتيبي\"}")
                .post("/billing/checkout").then().statusCode(201).extract().path("url");
        given().redirects().follow(false).formParam("card", "4242424242424242").post(page).then().statusCode(303);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("subscription.status", equalTo("TRIALING")));
        String subscription = subscriptionOf(account);

        advance(subscription);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/payments").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].status", equalTo("PAID")).body("[0].reason", equalTo("RENEWAL"))
                .body("[0].amountMinor", equalTo(2900)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("subscription.status", equalTo("ACTIVE")));

        String higher = "pro-plus-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                        {"name":"Professional Plus","audience":"TALENT","tier":5,"entitlements":{"submissionsPerMonth":null,
                         "storageBytes":53687091200,"openRoles":3,"priorityPlacement":true,"featuredBadge":true},
                         "prices":[{"currency":"USD","amountMinor":4900}]}""").put("/admin/billing/plans/" + higher).then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"planCode\":\"free\"}").post("/billing/subscription/change")
                .then().statusCode(409);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"planCode\":\"" + higher + "\"}")
                .post("/billing/subscription/change").then().statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("plan.code", equalTo(higher)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/payments").then()
                .body("find { it.reason == 'CHANGE' }.status", equalTo("PAID")));

        given().auth().oauth2(token).post("/billing/subscription/cancel").then().statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("subscription.cancelAtPeriodEnd", equalTo(true)).body("plan.code", equalTo(higher)));
        given().auth().oauth2(token).post("/billing/subscription/resume").then().statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("subscription.cancelAtPeriodEnd", equalTo(false)));

        String renewal = given().auth().oauth2(token).get("/billing/payments").then().extract().path("find { it.reason == 'RENEWAL' }.id");
        byte[] receipt = given().auth().oauth2(token).get("/billing/payments/" + renewal + "/receipt").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(receipt, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().auth().oauth2(TestTokens.newUser("talent")).get("/billing/payments/" + renewal + "/receipt").then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"amountMinor\":3000}")
                .post("/admin/billing/payments/" + renewal + "/refunds").then().statusCode(400).body("errors[0].field", equalTo("amountMinor"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"amountMinor\":1000}")
                .post("/admin/billing/payments/" + renewal + "/refunds").then().statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/payments").then()
                .body("find { it.reason == 'RENEWAL' }.refundedMinor", equalTo(1000)));

        given().auth().oauth2(admin).queryParam("from", Instant.now().minus(Duration.ofHours(1)).toString())
                .queryParam("to", Instant.now().plus(Duration.ofHours(1)).toString()).get("/admin/billing/revenue").then().statusCode(200)
                .body("monthlyRecurring.find { it.currency == 'USD' }.amountMinor", greaterThanOrEqualTo(4900))
                .body("collected.find { it.currency == 'USD' }.refundedMinor", greaterThanOrEqualTo(1000))
                .body("checkouts.paid", greaterThanOrEqualTo(1));
    }

    private String subscriptionOf(String account) {
        return database.preparedQuery("SELECT provider_subscription_id FROM billing_subscriptions WHERE account_id = $1")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next().getString(0);
    }

    private void advance(String subscription) {
        given().post(stripe + "/control/subscriptions/" + subscription + "/advance").then().statusCode(200);
    }
}
