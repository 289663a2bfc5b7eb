package app.slate.payments.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.slate.platform.blocking.Await;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Checkouts against the Stripe stand-in, through the official Stripe client. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class CheckoutTest {

    private static final String PROFESSIONAL_USD = "{\"planCode\":\"professional\",\"currency\":\"USD\",\"country\":\"GB\"}";

    @Inject
    Pool database;

    @ConfigProperty(name = "slate.stripe.api-base")
    String stripe;

    @Test
    void aTalentGetsStripesPaymentPage_andAskingAgainGivesTheSamePage() {
        String token = TestTokens.newUser("talent");
        ExtractableResponse<Response> first = checkout(token, PROFESSIONAL_USD, null);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.<String>path("url")).startsWith(stripe + "/pay/cs_test_");
        assertThat(first.<String>path("provider")).isEqualTo("STRIPE");
        assertThat(first.<Integer>path("amountMinor")).isEqualTo(2900);
        assertThat(first.<Integer>path("trialDays")).isEqualTo(7);
        assertThat(checkout(token, PROFESSIONAL_USD, null).<String>path("url")).isEqualTo(first.path("url"));

        ExtractableResponse<Response> pounds = checkout(token, PROFESSIONAL_USD.replace("USD", "GBP"), null);
        assertThat(pounds.<String>path("url")).isNotEqualTo(first.path("url"));
        assertThat(database.preparedQuery("SELECT status FROM billing_checkouts WHERE id = $1").execute(Tuple.of(UUID.fromString(first.path("id"))))
                .await().atMost(Await.LIMIT).iterator().next().getString("status")).isEqualTo("EXPIRED");
    }

    @Test
    void concurrentCheckoutsByOnePerson_leaveOneOpenCheckout() {
        String account = UUID.randomUUID().toString();
        String token = TestTokens.forUser(account, "talent");
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> checkout(token, PROFESSIONAL_USD, "key-a").statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> checkout(token, PROFESSIONAL_USD, "key-b").statusCode());
        assertThat(a.join() == 201 || b.join() == 201).isTrue();
        assertThat(database.preparedQuery("SELECT count(*) AS open FROM billing_checkouts WHERE account_id = $1 AND status = 'OPEN'")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next().getLong("open")).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKey_replaysTheFirstAnswer() {
        String token = TestTokens.newUser("talent");
        ExtractableResponse<Response> first = checkout(token, PROFESSIONAL_USD, "same-key");
        ExtractableResponse<Response> again = checkout(token, PROFESSIONAL_USD, "same-key");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
    }

    @Test
    void aPlanNotForTheBuyer_aCurrencyItIsNotSoldIn_andAPayingAccount_areRefused() {
        String talent = TestTokens.newUser("talent");
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"planCode\":\"studio\",\"currency\":\"USD\"}")
                .post("/billing/checkout").then().statusCode(400).body("errors[0].field", equalTo("planCode"));
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"planCode\":\"professional\",\"currency\":\"EUR\"}")
                .post("/billing/checkout").then().statusCode(400).body("errors[0].field", equalTo("currency"))
                .body("errors[0].message", startsWith("the plan is sold in"));
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"planCode\":\"professional\",\"currency\":\"USD\",\"country\":\"gb\"}")
                .post("/billing/checkout").then().statusCode(400).body("errors[0].field", equalTo("country"));

        String paying = UUID.randomUUID().toString();
        database.preparedQuery("""
                        INSERT INTO billing_subscriptions (id, account_id, plan_id, provider, provider_subscription_id, status, current_period_start)
                        VALUES ($1, $2, (SELECT id FROM billing_plans WHERE code = 'professional'), 'STRIPE', $3, 'ACTIVE', now())""")
                .execute(Tuple.of(UUID.randomUUID(), paying, "sub_" + UUID.randomUUID())).await().atMost(Await.LIMIT);
        given().auth().oauth2(TestTokens.forUser(paying, "talent")).contentType(ContentType.JSON).body(PROFESSIONAL_USD)
                .post("/billing/checkout").then().statusCode(409);
    }

    private static ExtractableResponse<Response> checkout(String token, String body, String idempotencyKey) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/billing/checkout").then().extract();
    }
}
