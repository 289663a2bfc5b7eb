package app.slate.scripts.api;

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
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/scripts-api to the function's
 * real Lambda handler, raw, as API Gateway would. The project, the token and the idempotency key are made fresh.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    private static final String SAMPLE_PROJECT = "5b8e2f4a-0c1d-4e6f-9a7b-3c2d1e0f9a8b";

    @Inject
    Pool database;

    @Test
    void uploadScriptEvent_keepsTheScript_andQueuesItsAnalysis() {
        String owner = UUID.randomUUID().toString();
        UUID project = TestRows.project(database, owner, "The Glass Orchard");
        String event = Events.read("scripts-api", "upload-script.json")
                .replace(SAMPLE_PROJECT, project.toString())
                .replace("<access token>", TestTokens.forUser(owner, "casting"))
                .replace("3f0c7d0e-2b8a-4c1e-9a55-7e1d2f3a4b5c", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200)
                .body("statusCode", equalTo(202))
                .body("body", containsString("\"title\":\"The Glass Orchard\""))
                .body("body", containsString("\"status\":\"QUEUED\""));
    }

    @Test
    void uploadScriptEvent_forSomeoneElsesProject_isNotFound() {
        UUID project = TestRows.project(database, UUID.randomUUID().toString(), "Not yours");
        String event = Events.read("scripts-api", "upload-script.json")
                .replace(SAMPLE_PROJECT, project.toString())
                .replace("<access token>", TestTokens.newUser("casting"))
                .replace("3f0c7d0e-2b8a-4c1e-9a55-7e1d2f3a4b5c", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200)
                .body("statusCode", equalTo(404));
    }
}
