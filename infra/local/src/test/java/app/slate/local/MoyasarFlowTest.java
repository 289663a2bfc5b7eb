package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.blocking.Await;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import app.slate.standins.SentMessage;
import app.slate.standins.StandInsState;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A plan bought in riyals through Moyasar end to end: the buyer's app saves a card with the
 * publishable key, the checkout charges it and sends the buyer to 3-D Secure on the Moyasar
 * stand-in, Moyasar's webhook (its secret token) reaches /webhooks/moyasar, the worker fetches the
 * payment before it counts. Then Slate's own renewal run: a card that fails at renewal goes past due
 * through Slate's retries to the free plan; one that pays renews, is refunded in part, changes plan
 * at the period's end, is set to end and ends. Repeated deliveries change nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class MoyasarFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool database;

    @ConfigProperty(name = "slate.moyasar.api-base")
    String moyasar;

    @ConfigProperty(name = "slate.standins.state-file")
    Path standIns;

    @Test
    void savedCard_3dSecure_failedRenewals_pastDue_andFree_toldAtEachStep() {
        String email = World.register("talent");
        String token = World.login(email).path("accessToken");
        String account = given().auth().oauth2(token).get("/me").then().statusCode(200).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"planCode\":\"professional\",\"currency\":\"SAR\"}")
                .post("/billing/checkout").then().statusCode(400).body("errors[0].field", equalTo("source"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"planCode\":\"professional\",\"currency\":\"USD\",\"source\":{\"type\":\"stcpay\",\"mobile\":\"0512345678\"}}")
                .post("/billing/checkout").then().statusCode(400).body("errors[0].field", equalTo("source"));

        JsonPath checkout = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"planCode\":\"professional\",\"currency\":\"SAR\",\"source\":{\"type\":\"token\",\"token\":\"" + savedCard("4000 0000 0000 0341")
                        + "\"}}").post("/billing/checkout").then().statusCode(201)
                .body("provider", equalTo("MOYASAR")).body("amountMinor", equalTo(10900)).body("vatMinor", equalTo(1422))
                .body("trialDays", equalTo(0)).body("url", startsWith(moyasar + "/3ds/")).extract().jsonPath();
        given().redirects().follow(false).formParam("result", "authenticate").post(checkout.getString("url")).then().statusCode(302);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then().statusCode(200)
                .body("plan.code", equalTo("professional")).body("subscription.status", equalTo("ACTIVE"))
                .body("subscription.cancelAtPeriodEnd", equalTo(false)));
        Row subscription = subscription(account);
        Instant periodEnd = subscription.getOffsetDateTime("current_period_end").toInstant();
        assertThat(periodEnd).isAfter(Instant.now().plus(Duration.ofDays(27)));
        renew(periodEnd.minusSeconds(60));
        given().auth().oauth2(token).get("/billing/me").then().body("subscription.status", equalTo("ACTIVE"));
        given().queryParam("time", "next month").post("/local/schedules/payments-renewals").then().statusCode(400);

        renew(periodEnd.plusSeconds(1));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("plan.code", equalTo("professional")).body("subscription.status", equalTo("PAST_DUE")));
        for (int retry = 0; retry < 3; retry++) {
            renew(Instant.now().plus(Duration.ofDays(45)));
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("plan.code", equalTo("free")).body("subscription", nullValue()));
        Row renewal = database.preparedQuery("SELECT status, attempt_count FROM billing_payments WHERE account_id = $1 AND reason = 'RENEWAL'")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next();
        assertThat(renewal.getString("status")).isEqualTo("FAILED");
        assertThat(renewal.getInteger("attempt_count")).isEqualTo(4);
        assertThat(subscription(account).getOffsetDateTime("renews_at")).as("nothing left to charge").isNull();

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<SentMessage> sent = given().queryParam("recipient", email).get("/local/messages").then().statusCode(200)
                    .extract().as(new TypeRef<List<SentMessage>>() { });
            assertThat(sent).extracting(SentMessage::subject).contains("Welcome to Professional", "Your Professional plan has ended");
            assertThat(sent).anySatisfy(m -> assertThat(m.text()).contains("No more attempts will be made"));
        });
    }

    @Test
    void applePay_renews_refundsInPart_changesPlanAtThePeriodsEnd_endsWhenCancelled_andRepeatsChangeNothing() {
        String account = UUID.randomUUID().toString();
        String token = TestTokens.forUser(account, "talent");
        String admin = TestTokens.newUser("admin");
        String url = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"planCode":"professional","currency":"SAR","country":"SA","billingName":"ليلى العتيبي",
                         "source":{"type":"applepay","token":"{\\"paymentData\\":{\\"version\\":\\"EC_v1\\"}}"}}""")
                .post("/billing/checkout").then().statusCode(201).extract().path("url");
        assertThat(url).contains("/billing/return?checkout=");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("subscription.status", equalTo("ACTIVE")));

        Instant periodEnd = subscription(account).getOffsetDateTime("current_period_end").toInstant();
        renew(periodEnd.plusSeconds(1));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/payments").then().statusCode(200)
                .body("size()", equalTo(2)).body("find { it.reason == 'RENEWAL' }.status", equalTo("PAID")));
        assertThat(subscription(account).getOffsetDateTime("current_period_start").toInstant()).isEqualTo(periodEnd);

        String renewalId = given().auth().oauth2(token).get("/billing/payments").then().extract().path("find { it.reason == 'RENEWAL' }.id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"amountMinor\":1000}")
                .post("/admin/billing/payments/" + renewalId + "/refunds").then().statusCode(202);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/payments").then()
                .body("find { it.reason == 'RENEWAL' }.refundedMinor", equalTo(1000)));

        // Moyasar delivers everything again: nothing moves, nothing is told twice.
        String before = given().auth().oauth2(token).get("/billing/payments").then().extract().asString();
        List<String> events = given().get(moyasar + "/control/events").then().statusCode(200).extract().path("events.id");
        events.forEach(id -> given().post(moyasar + "/control/events/" + id + "/resend").then().statusCode(204));
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).untilAsserted(() ->
                assertThat(given().auth().oauth2(token).get("/billing/payments").then().extract().asString()).isEqualTo(before));

        // A change of plan through Moyasar waits for the period's end, and its renewal charges the new price.
        String higher = "pro-plus-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                        {"name":"Professional Plus","audience":"TALENT","tier":5,"entitlements":{"submissionsPerMonth":null,
                         "storageBytes":53687091200,"openRoles":3,"priorityPlacement":true,"featuredBadge":true},
                         "prices":[{"currency":"SAR","amountMinor":15900}]}""").put("/admin/billing/plans/" + higher).then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"planCode\":\"" + higher + "\"}")
                .post("/billing/subscription/change").then().statusCode(202);
        given().auth().oauth2(token).get("/billing/me").then().body("plan.code", equalTo("professional"))
                .body("subscription.changesToPlan", equalTo(higher));
        Instant secondEnd = subscription(account).getOffsetDateTime("current_period_end").toInstant();
        renew(secondEnd.plusSeconds(1));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("plan.code", equalTo(higher)).body("subscription.changesToPlan", nullValue()));
        given().auth().oauth2(token).get("/billing/payments").then().body("[0].amountMinor", equalTo(15900))
                .body("[0].status", equalTo("PAID"));

        given().auth().oauth2(token).post("/billing/subscription/cancel").then().statusCode(202);
        given().auth().oauth2(token).get("/billing/me").then().body("subscription.cancelAtPeriodEnd", equalTo(true));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"planCode\":\"professional\"}")
                .post("/billing/subscription/change").then().statusCode(409);
        Instant thirdEnd = subscription(account).getOffsetDateTime("current_period_end").toInstant();
        renew(thirdEnd.plusSeconds(1));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("plan.code", equalTo("free")));
        given().auth().oauth2(token).get("/billing/payments").then().body("size()", equalTo(3));
    }

    @Test
    void stcPay_wrongCodeFails_rightCodePays_forOneMonthOnly() {
        String account = UUID.randomUUID().toString();
        String token = TestTokens.forUser(account, "talent");
        String stcPay = "{\"planCode\":\"professional\",\"currency\":\"SAR\",\"source\":{\"type\":\"stcpay\",\"mobile\":\"0512345678\"}}";
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).body(stcPay).post("/billing/checkout").then()
                .statusCode(201).extract().path("url");
        given().redirects().follow(false).formParam("otp_value", "000000").post(first).then().statusCode(302);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(database.preparedQuery(
                "SELECT status FROM billing_checkouts WHERE account_id = $1").execute(Tuple.of(account)).await().atMost(Await.LIMIT)
                .iterator().next().getString(0)).isEqualTo("EXPIRED"));
        given().auth().oauth2(token).get("/billing/me").then().body("plan.code", equalTo("free"));

        String second = given().auth().oauth2(token).contentType(ContentType.JSON).body(stcPay).post("/billing/checkout").then()
                .statusCode(201).extract().path("url");
        given().redirects().follow(false).formParam("otp_value", "123456").post(second).then().statusCode(302);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/billing/me").then()
                .body("plan.code", equalTo("professional")).body("subscription.cancelAtPeriodEnd", equalTo(true)));
        given().auth().oauth2(token).post("/billing/subscription/resume").then().statusCode(409);
    }

    /** The renewal function, run by the local cloud as its schedule would run it at {@code time}; how many it acted on. */
    private static int renew(Instant time) {
        return given().queryParam("time", time.toString()).post("/local/schedules/payments-renewals").then().statusCode(200)
                .extract().path("subscriptions");
    }

    /** What the buyer's app does with Moyasar's publishable key: save the card, get its token. */
    private String savedCard(String number) {
        String publishable = StandInsState.read(standIns).endpoint("moyasar.publishable-key");
        return given().auth().preemptive().basic(publishable, "").contentType(ContentType.JSON)
                .body("{\"name\":\"Layla Alotaibi\",\"number\":\"" + number + "\",\"month\":\"09\",\"year\":\"2031\",\"cvc\":\"123\","
                        + "\"save_only\":true}")
                .post(moyasar + "/v1/tokens").then().statusCode(201).extract().path("id");
    }

    private Row subscription(String account) {
        return database.preparedQuery("SELECT * FROM billing_subscriptions WHERE account_id = $1 AND provider = 'MOYASAR'")
                .execute(Tuple.of(account)).await().atMost(Await.LIMIT).iterator().next();
    }
}
