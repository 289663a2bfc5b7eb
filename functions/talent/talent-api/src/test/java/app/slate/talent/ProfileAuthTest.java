package app.slate.talent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ProfileAuthTest {

    @Test
    void noToken_isA401Problem() {
        given().when().get("/talents/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
    }

    @Test
    void forgedExpiredOrForeignTokens_areRefused() {
        String user = UUID.randomUUID().toString();
        for (String token : new String[] {
                TestTokens.signedByStranger(user, "talent"),
                TestTokens.expired(user, "talent"),
                TestTokens.withIssuer(user, "talent", "https://evil.example"),
                "not.a.jwt"}) {
            given().auth().oauth2(token).when().get("/talents/me").then().statusCode(401);
        }
    }

    @Test
    void castingRole_cannotCreateATalentProfile() {
        given().auth().oauth2(TestTokens.newUser("casting")).contentType(ContentType.JSON)
                .body(Fixtures.profile("minimal").toString())
                .when().post("/talents/me").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void talent_cannotSearchOtherTalent() {
        given().auth().oauth2(TestTokens.newUser("talent")).when().get("/talents").then().statusCode(403);
        given().when().get("/talents").then().statusCode(401);
    }

    @Test
    void aTalentOnlyEverReachesTheirOwnProfile() {
        String alice = TestTokens.newUser("talent");
        String bob = TestTokens.newUser("talent");
        given().auth().oauth2(alice).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
        String itemId = given().auth().oauth2(alice).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"Alice\",\"externalUrl\":\"https://img.example/a.jpg\"}")
                .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");

        // Bob has no profile: "me" never resolves to Alice's, and her item ids mean nothing to him.
        given().auth().oauth2(bob).get("/talents/me").then().statusCode(404);
        given().auth().oauth2(bob).delete("/talents/me").then().statusCode(404);
        given().auth().oauth2(bob).put("/talents/me/portfolio/" + itemId + "/primary").then().statusCode(404);

        given().auth().oauth2(bob).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
        given().auth().oauth2(bob).delete("/talents/me/portfolio/" + itemId).then().statusCode(404);
        given().auth().oauth2(alice).get("/talents/me").then().statusCode(200).body("portfolio.size()", equalTo(1));
    }
}
