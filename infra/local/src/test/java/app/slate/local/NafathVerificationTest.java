package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Verified identity end to end: identity-api starts the verification at Authentica (its stand-in),
 * the person is shown the number; in the Nafath app (the stand-in, through /local/nafath) choosing
 * another number rejects it and choosing it verifies them, through Authentica's webhook. The badge
 * then shows on their public profile and their search card, the gate on roles in Saudi Arabia lets
 * them through and stops the unverified, and admins count what expires.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class NafathVerificationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aPersonVerifiesWithNafath_getsTheBadge_andPassesTheGate() {
        String email = World.register("talent");
        String talent = World.login(email).path("accessToken");
        String nationalId = "1" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));

        JsonPath started = start(talent, nationalId);
        JsonPath open = given().queryParam("nationalId", nationalId).get("/local/nafath").then().statusCode(200).extract().jsonPath();
        assertThat(open.getList("requests.transactionId", String.class)).containsExactly(started.getString("pendingTransaction"));
        List<String> choices = open.getList("requests[0].choices", String.class);
        assertThat(choices).hasSize(3).contains(started.getString("number"));
        String wrong = choices.stream().filter(n -> !n.equals(started.getString("number"))).findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body("{\"number\":\"" + wrong + "\"}")
                .post("/local/nafath/" + started.getString("pendingTransaction")).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REJECTED")).body("webhookStatus", org.hamcrest.Matchers.equalTo(200));
        given().auth().oauth2(talent).get("/auth/verification").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("unverified"));

        JsonPath again = start(talent, nationalId);
        given().contentType(ContentType.JSON).body("{\"number\":\"" + again.getString("number") + "\"}")
                .post("/local/nafath/" + again.getString("pendingTransaction")).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));
        JsonPath status = given().auth().oauth2(talent).get("/auth/verification").then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("status")).isEqualTo("verified");
        assertThat(Duration.between(Instant.now(), Instant.parse(status.getString("expiresAt"))).toDays()).isBetween(364L, 365L);
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"nationalId\":\"" + nationalId + "\"}").post("/auth/verification")
                .then().statusCode(409);

        // The badge: on the public profile and on the search card.
        String marker = "Nafath" + ThreadLocalRandom.current().nextInt(1_000_000);
        ObjectNode details = Fixtures.profile("complete");
        details.put("stageName", marker);
        String profile = given().auth().oauth2(talent).contentType(ContentType.JSON).body(details.toString()).post("/talents/me")
                .then().statusCode(201).extract().path("id");
        given().get("/talents/" + profile).then().statusCode(200).body("verified", org.hamcrest.Matchers.equalTo(true));
        String casting = TestTokens.newUser("casting");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().auth().oauth2(casting).queryParam("q", marker).get("/talents")
                .then().statusCode(200).extract().jsonPath().getList("items.verified", Boolean.class)).containsExactly(true));

        // The gate on roles in Saudi Arabia (the default VerificationGates).
        String role = saudiRole(casting);
        String unverified = TestTokens.newUser("talent");
        given().auth().oauth2(unverified).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString()).post("/talents/me")
                .then().statusCode(201);
        given().auth().oauth2(unverified).contentType(ContentType.JSON).body(submission(unverified)).post("/roles/" + role + "/submissions")
                .then().statusCode(403).body("type", org.hamcrest.Matchers.endsWith("verification-required"));
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(submission(talent)).post("/roles/" + role + "/submissions")
                .then().statusCode(201);

        given().auth().oauth2(World.newAdmin()).queryParam("days", 366).get("/admin/verifications/expiring").then().statusCode(200)
                .body("expiring", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aNationalIdNafathRefuses_isA400NamingIt_andNothingWaits() {
        String talent = World.login(World.register("talent")).path("accessToken");
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"nationalId\":\"3012345678\"}").post("/auth/verification")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("nationalId"));
        given().auth().oauth2(talent).get("/auth/verification").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("unverified"));
    }

    /** A submission citing a headshot the talent adds for it. */
    private static String submission(String token) {
        String item = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"Mine\",\"externalUrl\":\"https://img.example/m.jpg\"}")
                .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
        return "{\"portfolioItemIds\":[\"" + item + "\"]}";
    }

    private static JsonPath start(String token, String nationalId) {
        JsonPath started = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"nationalId\":\"" + nationalId + "\"}")
                .post("/auth/verification").then().statusCode(202).extract().jsonPath();
        assertThat(started.getString("status")).isEqualTo("pending");
        assertThat(started.getString("number")).matches("[0-9]{2}");
        return started;
    }

    private static String saudiRole(String casting) {
        String project = given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"title\":\"Riyadh Nights\",\"type\":\"SERIES\",\"locations\":[{\"city\":\"Riyadh\",\"country\":\"SA\"}],"
                        + "\"union\":\"MIXED\",\"confidential\":false}")
                .post("/projects").then().statusCode(201).extract().path("id");
        String role = given().auth().oauth2(casting).contentType(ContentType.JSON).body("""
                {"name":"Faisal","kind":"SUPPORTING","description":"A driver.","playableAge":{"min":18,"max":60},"genders":[],"ethnicities":[],
                 "languages":["ar"],"skills":[],"location":{"city":"Riyadh","country":"SA"},"pay":{"paid":false},"union":"ANY",
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(Instant.now().plus(Duration.ofDays(5)))).post("/projects/" + project + "/roles").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(casting).post("/roles/" + role + "/open").then().statusCode(200);
        return role;
    }
}
