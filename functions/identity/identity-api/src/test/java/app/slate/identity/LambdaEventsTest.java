package app.slate.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The API Gateway (payload 2.0) events in events/identity-api, fed raw to the real Lambda handler. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Test
    void registerThenLoginEvents_signUpAndIssueTokens() {
        String email = "lambda-" + UUID.randomUUID() + "@example.com";
        invoke("register.json", email).body("statusCode", equalTo(201)).body("body", containsString(email));
        invoke("login.json", email).body("statusCode", equalTo(200))
                .body("body", containsString("\"accessToken\"")).body("body", containsString("\"refreshToken\""));
    }

    private static ValidatableResponse invoke(String file, String email) {
        String event = Events.read("identity-api", file).replace("<email>", email);
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }
}
