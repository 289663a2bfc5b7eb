package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * Casting's whole event path in one process: a role opened through the API reaches the role
 * board (outbox -> relay -> search-indexer -> OpenSearch) and leaves it when closed; a status
 * change reaches the talent's inbox (outbox -> relay -> notifications-worker -> DynamoDB).
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class CastingEventPathTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @Test
    void openedRole_isOnTheBoard_fitsOnlyTheTalentItSuits_andLeavesWhenClosed() {
        String casting = TestTokens.newUser("casting");
        String marker = "Orchard" + UUID.randomUUID().toString().substring(0, 8);
        String roleId = openRole(casting, marker, 28, 36);
        String fits = talentWithProfile("complete");
        String tooYoung = talentWithProfile("minimal");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(fits, "q=" + marker)).containsExactly(roleId));
        assertThat(board(fits, "q=" + marker + "&fitForMe=true")).containsExactly(roleId);
        assertThat(board(tooYoung, "q=" + marker + "&fitForMe=true")).isEmpty();
        assertThat(board(fits, "q=" + marker + "&country=FR")).isEmpty();

        given().auth().oauth2(casting).post("/roles/" + roleId + "/close").then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(fits, "q=" + marker)).isEmpty());
    }

    @Test
    void statusChange_reachesTheTalentsInbox_once() {
        String casting = TestTokens.newUser("casting");
        String roleId = openRole(casting, "Inbox role", 20, 40);
        String talent = talentWithProfile("complete");
        String item = given().auth().oauth2(talent).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"Mine\",\"externalUrl\":\"https://img.example/m.jpg\"}")
                .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
        String submission = given().auth().oauth2(talent).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + item + "\"]}").post("/roles/" + roleId + "/submissions")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"to\":\"SHORTLISTED\"}")
                .post("/submissions/" + submission + "/status").then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().auth().oauth2(talent).get("/inbox")
                .then().statusCode(200).extract().<List<String>>path("items.title")).containsExactly("You've been shortlisted"));
        given().auth().oauth2(talent).get("/inbox/unread-count").then().statusCode(200).body("unread", org.hamcrest.Matchers.equalTo(1));
        String itemId = given().auth().oauth2(talent).get("/inbox").then().extract().path("items[0].id");
        given().auth().oauth2(talent).post("/inbox/" + itemId + "/read").then().statusCode(204);
        given().auth().oauth2(talent).get("/inbox/unread-count").then().body("unread", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(casting).post("/inbox/" + itemId + "/read").then().statusCode(404);
    }

    private static String openRole(String casting, String name, int ageMin, int ageMax) {
        String project = given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"title\":\"Path Film\",\"type\":\"FILM\",\"locations\":[],\"union\":\"MIXED\",\"confidential\":true}")
                .post("/projects").then().statusCode(201).extract().path("id");
        String role = """
                {"name":"%s","kind":"LEAD","description":"Lead.","playableAge":{"min":%d,"max":%d},"genders":["FEMALE"],"ethnicities":[],
                 "languages":["en"],"skills":[],"location":{"city":"London","country":"GB"},"pay":{"paid":false},"union":"ANY",
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(name, ageMin, ageMax, Instant.now().plus(Duration.ofDays(5)));
        String id = given().auth().oauth2(casting).contentType(ContentType.JSON).body(role)
                .post("/projects/" + project + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(casting).post("/roles/" + id + "/open").then().statusCode(200);
        return id;
    }

    private static String talentWithProfile(String fixture) {
        String token = TestTokens.newUser("talent");
        ObjectNode profile = Fixtures.profile(fixture);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(profile.toString()).post("/talents/me").then().statusCode(201);
        return token;
    }

    private static List<String> board(String token, String query) {
        return given().auth().oauth2(token).get("/roles?" + query).then().statusCode(200).extract().path("items.id");
    }
}
