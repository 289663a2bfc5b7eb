package app.slate.casting;

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
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/casting-api to the function's
 * real Lambda handler, raw, as API Gateway would. Only the bearer token and the idempotency key are made fresh.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Test
    void createProjectEvent_createsTheProject() {
        invoke("create-project.json", TestTokens.newUser("casting"))
                .body("statusCode", equalTo(201))
                .body("body", containsString("\"title\":\"The Glass Orchard\""));
    }

    @Test
    void roleBoardEvent_answersWithAPage() {
        invoke("role-board.json", TestTokens.newUser("talent"))
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"items\""));
    }

    private static ValidatableResponse invoke(String file, String token) {
        String event = Events.read("casting-api", file).replace("<access token>", token)
                .replace("3f0c7d0e-2b8a-4c1e-9a55-7e1d2f3a4b5c", UUID.randomUUID().toString());
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }
}
