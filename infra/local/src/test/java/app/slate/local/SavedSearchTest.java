package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Saved searches through the real path: saved with the search's own query string, matched by
 * percolation when the indexer writes a profile or a role (outbox, relay, indexer, OpenSearch's
 * percolator, outbox again, notifications), alerting once per match at the owner's pace; a match
 * that stops matching leaves the digest it was waiting for; an edited search matches by its new criteria.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SavedSearchTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @Test
    void aSavedTalentSearch_alertsOncePerNewMatch_andAfterAnEdit_matchesByItsNewCriteria() {
        String casting = TestTokens.newUser("casting");
        String marker = "Kestrel" + UUID.randomUUID().toString().substring(0, 8);
        String search = given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"name\":\"Kestrel leads\",\"frequency\":\"INSTANT\"}")
                .post("/saved-searches/talent?q=" + marker + "&gender=FEMALE&limit=5").then().statusCode(201)
                .body("query", equalTo("gender=FEMALE&q=" + marker)).extract().path("id");

        String amara = TestTokens.newUser("talent");
        publish(amara, marker, "FEMALE", "Amara Oak");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(alerts(casting)).containsExactly("Amara Oak"));
        // A change to a profile that already matched does not alert again; a profile that does not match never does.
        publish(amara, marker + " and more", "FEMALE", "Amara Oak");
        String ben = TestTokens.newUser("talent");
        publish(ben, marker, "MALE", "Ben Wilde");
        await().during(Duration.ofSeconds(4)).atMost(PATIENCE).untilAsserted(() -> assertThat(alerts(casting)).containsExactly("Amara Oak"));

        // Edited to look for men: the next change to Ben's profile matches it.
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{}").put("/saved-searches/talent/" + search + "?q=" + marker + "&gender=MALE")
                .then().statusCode(200).body("query", equalTo("gender=MALE&q=" + marker));
        publish(ben, marker + " again", "MALE", "Ben Wilde");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(alerts(casting)).containsExactlyInAnyOrder("Amara Oak", "Ben Wilde"));

        // Paused, it says nothing; listed, renamed and deleted by its owner only.
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"paused\":true,\"name\":\"Kestrel men\"}")
                .patch("/saved-searches/talent/" + search).then().statusCode(200).body("paused", equalTo(true)).body("name", equalTo("Kestrel men"));
        publish(TestTokens.newUser("talent"), marker, "MALE", "Cal Reed");
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).untilAsserted(() -> assertThat(alerts(casting)).hasSize(2));
        given().auth().oauth2(TestTokens.newUser("casting")).delete("/saved-searches/talent/" + search).then().statusCode(404);
        given().auth().oauth2(casting).get("/saved-searches/talent").then().statusCode(200).body("searches.name", equalTo(List.of("Kestrel men")));
        given().auth().oauth2(casting).delete("/saved-searches/talent/" + search).then().statusCode(204);
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"name\":\"Bad\"}").post("/saved-searches/talent?ageFrom=40&ageTo=20")
                .then().statusCode(400).body("errors[0].field", equalTo("ageFrom"));
    }

    @Test
    void aDailyDigest_leavesOutAProfileThatStoppedMatching() {
        String email = World.register("casting");
        String casting = World.login(email).path("accessToken");
        QuietHours.off(casting);
        String marker = "Heron" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"name\":\"Heron daily\",\"frequency\":\"DAILY\"}")
                .post("/saved-searches/talent?q=" + marker).then().statusCode(201);
        String stays = TestTokens.newUser("talent");
        String leaves = TestTokens.newUser("talent");
        publish(stays, marker, "FEMALE", "Dana Stays");
        publish(leaves, marker, "FEMALE", "Eli Leaves");
        String wasIndexed = "Eli Leaves";
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, marker)).contains(wasIndexed, "Dana Stays"));
        publish(leaves, "nothing to see", "FEMALE", "Eli Leaves");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(search(casting, marker)).containsExactly("Dana Stays"));

        // A day later the digest goes, with the one that still matches.
        await().atMost(PATIENCE).untilAsserted(() -> {
            given().post("/local/schedules/notifications-schedule?time=" + Instant.now().plus(Duration.ofDays(1)).plusSeconds(60)).then().statusCode(200);
            assertThat(emails(email)).anyMatch(text -> text.contains("Dana Stays"));
        });
        assertThat(emails(email)).noneMatch(text -> text.contains("Eli Leaves"));
        assertThat(alerts(casting)).isEmpty();
    }

    @Test
    void aTalentsFitForMeRoleSearch_alertsWhenAMatchingRoleOpens() {
        String talent = TestTokens.newUser("talent");
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString()).post("/talents/me").then().statusCode(201);
        String marker = "Osprey" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"name\":\"Roles for me\",\"frequency\":\"INSTANT\"}")
                .post("/saved-searches/roles?fitForMe=true&q=" + marker).then().statusCode(201);
        given().auth().oauth2(TestTokens.newUser("casting")).contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .post("/saved-searches/roles?q=" + marker).then().statusCode(403);

        OpenRoles.open(TestTokens.newUser("casting"), marker + " Pictures");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(alerts(talent)).containsExactly("Sam (" + marker + " Pictures)"));
    }

    /** Publishes (or updates) the talent's profile with {@code bio}, {@code gender} and a stage name. */
    private static void publish(String talent, String bio, String gender, String stageName) {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("bio", bio).put("gender", gender).put("stageName", stageName);
        int status = given().auth().oauth2(talent).get("/talents/me").statusCode();
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString()).request(status == 200 ? "PUT" : "POST", "/talents/me")
                .then().statusCode(status == 200 ? 200 : 201);
    }

    /** The bodies of the saved-search alerts in someone's inbox (the matched profile or role). */
    private static List<String> alerts(String token) {
        return given().auth().oauth2(token).get("/inbox").then().statusCode(200).extract().jsonPath()
                .<String>getList("items.findAll { it.title.startsWith('New match for') }.body");
    }

    private static List<String> search(String casting, String marker) {
        return given().auth().oauth2(casting).get("/talents?q=" + marker).then().statusCode(200).extract().path("items.displayName");
    }

    private static List<String> emails(String address) {
        return given().queryParam("recipient", address).queryParam("channel", "email").get("/local/messages").then().statusCode(200)
                .extract().jsonPath().getList("text", String.class);
    }
}
