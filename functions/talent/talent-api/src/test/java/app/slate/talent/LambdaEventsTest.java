package app.slate.talent;

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
import org.junit.jupiter.api.Test;

/**
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/talent-api to the function's
 * real Lambda handler, raw, as API Gateway would. Only the bearer token is made fresh.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Test
    void createProfileEvent_createsTheProfile() {
        invoke("create-profile.json", TestTokens.newUser("talent"))
                .body("statusCode", equalTo(201))
                .body("body", containsString("\"stageName\":\"Amara Oak\""));
    }

    @Test
    void searchEvent_answersWithAPageAndFacets() {
        invoke("search-talent.json", TestTokens.newUser("casting"))
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"facets\""));
    }

    @Test
    void publishedProfileEvent_forAnUnknownId_isAProblem404() {
        invoke("get-published-profile.json", null)
                .body("statusCode", equalTo(404))
                .body("headers.Content-Type", containsString("application/problem+json"));
    }

    private static ValidatableResponse invoke(String file, String token) {
        String event = Events.read("talent-api", file);
        if (token != null) {
            event = event.replace("<access token>", token);
        }
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }
}
