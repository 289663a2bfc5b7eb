package app.slate.ingestion.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/ingestion-api to the function's
 * real Lambda handler, raw, as API Gateway would. Only the bearer token is made fresh.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Inject
    Pool database;

    @Test
    void validationQueueEvent_showsAnAdminThePendingDrafts() {
        String title = "Coffee commercial " + UUID.randomUUID();
        TestRows.castingCallDraft(database, title, "London", "GB");
        invoke("validation-queue.json", TestTokens.newUser("admin"))
                .body("statusCode", equalTo(200))
                .body("body", containsString(title));
    }

    @Test
    void validationQueueEvent_isForAdminsOnly() {
        invoke("validation-queue.json", TestTokens.newUser("casting"))
                .body("statusCode", equalTo(403));
    }

    private static ValidatableResponse invoke(String file, String token) {
        String event = Events.read("ingestion-api", file).replace("<access token>", token);
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }
}
