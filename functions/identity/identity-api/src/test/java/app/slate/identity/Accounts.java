package app.slate.identity;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.UUID;

/** Sign-up and login through the API, as a client does. */
final class Accounts {

    static final String PASSWORD = "correct horse battery staple";

    private Accounts() {
    }

    static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static String registration(String email, String role) {
        return """
                {"email":"%s","password":"%s","displayName":"Rosa Lind","role":"%s","dateOfBirth":"1990-04-02"}"""
                .formatted(email, PASSWORD, role);
    }

    static String register(String role) {
        String email = newEmail();
        given().contentType(ContentType.JSON).body(registration(email, role)).post("/auth/register").then().statusCode(201);
        return email;
    }

    static JsonPath login(String email) {
        return given().contentType(ContentType.JSON).body("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD))
                .post("/auth/login").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath refresh(String refreshToken, int expectedStatus) {
        return given().contentType(ContentType.JSON).body("{\"refreshToken\":\"%s\"}".formatted(refreshToken))
                .post("/auth/refresh").then().statusCode(expectedStatus).extract().jsonPath();
    }
}
