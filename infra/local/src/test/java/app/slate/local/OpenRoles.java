package app.slate.local;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;

/** A public, unpaid role open for five days in a project of its own in Leeds, titled so a test can find it on the board. */
final class OpenRoles {

    private OpenRoles() {
    }

    static String open(String token, String projectTitle) {
        String project = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"title":"%s","type":"FILM","locations":[{"city":"Leeds","country":"GB"}],"union":"MIXED","confidential":false}"""
                        .formatted(projectTitle)).post("/projects").then().statusCode(201).extract().path("id");
        String role = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                        {"name":"Sam","kind":"SUPPORTING","description":"A friend.","playableAge":{"min":18,"max":60},"genders":[],
                         "ethnicities":[],"languages":["en"],"skills":[],"location":{"city":"Leeds","country":"GB"},"pay":{"paid":false},
                         "union":"ANY","deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],
                         "rider":{"nudity":"NONE","intimacy":false}}""".formatted(Instant.now().plus(Duration.ofDays(5))))
                .post("/projects/" + project + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/roles/" + role + "/open").then().statusCode(200);
        return role;
    }
}
