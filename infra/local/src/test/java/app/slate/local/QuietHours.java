package app.slate.local;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/**
 * Quiet hours are on by default (21:00 to 08:00 in the person's zone) and hold emails until they
 * end; a test that waits for an email must not depend on the hour the build runs at.
 */
final class QuietHours {

    private QuietHours() {
    }

    static void off(String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"quietHours\":{\"on\":false,\"from\":\"21:00\",\"until\":\"08:00\"}}").put("/notifications/preferences")
                .then().statusCode(200);
    }
}
