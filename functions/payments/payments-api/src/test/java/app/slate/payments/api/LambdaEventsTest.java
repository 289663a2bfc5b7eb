package app.slate.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/payments-api to the function's
 * real Lambda handler, raw, as API Gateway would. Only the bearer token (and a fresh plan code) is made here.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Test
    void thePlanCatalogue_answersWithoutAToken() {
        invoke("billing-plans.json", null, "", "")
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"code\":\"free\""))
                .body("body", containsString("{\"currency\":\"SAR\",\"amountMinor\":10900}"));
    }

    @Test
    void myBilling_showsTheFreePlan_itsUsage_andTheNextTier() {
        invoke("billing-me.json", TestTokens.newUser("talent"), "", "")
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"plan\":{\"code\":\"free\""))
                .body("body", containsString("{\"limit\":\"submissionsPerMonth\",\"used\":0,\"allowed\":10}"))
                .body("body", containsString("\"nextTier\":{\"code\":\"professional\""));
    }

    @Test
    void anAdminCreatesAPlan_thenChangesIt_andNobodyElseMay() {
        String code = "pro-" + UUID.randomUUID().toString().substring(0, 8);
        invoke("put-plan.json", TestTokens.newUser("talent"), "<code>", code).body("statusCode", equalTo(403));
        invoke("put-plan.json", TestTokens.newUser("admin"), "<code>", code).body("statusCode", equalTo(201))
                .body("body", containsString("\"trialDays\":14"));
        invoke("put-plan.json", TestTokens.newUser("admin"), "<code>", code).body("statusCode", equalTo(200));
    }

    private static ValidatableResponse invoke(String file, String token, String replaced, String by) {
        String event = Events.read("payments-api", file);
        if (!replaced.isEmpty()) {
            event = event.replace(replaced, by);
        }
        if (token != null) {
            event = event.replace("<access token>", token);
        }
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }
}
