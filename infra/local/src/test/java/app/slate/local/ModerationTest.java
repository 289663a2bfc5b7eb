package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Moderation through the real path: reports of a "pay to audition" call gather into one case whose
 * priority rises with each person reporting; an admin takes the call down (off the board, its owner
 * told why, not reopened by them) and decides the case (every reporter told); an admin suspends an
 * account (its token and logins refused at once, its roles hidden) and reinstates it.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ModerationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void reportsOfAScamCall_gatherIntoOneRisingCase_thenTheCallIsTakenDown_andEveryoneIsTold() {
        String owner = UUID.randomUUID().toString();
        String ownerToken = TestTokens.forUser(owner, "casting");
        String marker = "Scam" + UUID.randomUUID().toString().substring(0, 8);
        String role = OpenRoles.open(ownerToken, marker);
        List<String> reporters = List.of(TestTokens.newUser("talent"), TestTokens.newUser("talent"), TestTokens.newUser("talent"));
        for (String reporter : reporters) {
            report(reporter, "ROLE", role, "PAY_TO_AUDITION").then().statusCode(202);
        }
        report(reporters.get(0), "ROLE", role, "SCAM").then().statusCode(202); // counted once per person
        report(reporters.get(0), "PROFILE", UUID.randomUUID().toString(), "SCAM").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));

        String admin = World.newAdmin();
        Map<String, Object> found = caseOf(admin, role);
        assertThat(found).containsEntry("reports", 3).containsEntry("priority", 70).containsEntry("kind", "ROLE");
        String caseId = found.get("id").toString();
        given().auth().oauth2(admin).get("/admin/moderation/cases/" + caseId).then().statusCode(200)
                .body("reported.reason", org.hamcrest.Matchers.hasItem("PAY_TO_AUDITION"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"Asks talent to pay to audition\"}")
                .post("/admin/roles/" + role + "/takedown").then().statusCode(200)
                .body("closedReason", org.hamcrest.Matchers.equalTo("TAKEN_DOWN"));
        given().auth().oauth2(ownerToken).get("/roles/" + role).then().statusCode(200)
                .body("moderationNote", org.hamcrest.Matchers.equalTo("Asks talent to pay to audition"));
        given().auth().oauth2(ownerToken).post("/roles/" + role + "/open").then().statusCode(409);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(reporters.get(1), marker)).isEmpty());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxTitles(ownerToken)).anyMatch(t -> t.contains("was taken down")));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"outcome\":\"ACTIONED\",\"note\":\"Pay-to-audition call removed\"}")
                .post("/admin/moderation/cases/" + caseId + "/decision").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACTIONED"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"outcome\":\"DISMISSED\",\"note\":\"again\"}")
                .post("/admin/moderation/cases/" + caseId + "/decision").then().statusCode(409);
        for (String reporter : reporters) {
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxTitles(reporter)).contains("Your report was reviewed"));
        }

        given().auth().oauth2(admin).delete("/admin/roles/" + role + "/takedown").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(reporters.get(1), marker)).containsExactly(role));
    }

    @Test
    void aSuspendedAccount_losesItsTokensAndLogins_andItsRolesAreHidden_untilReinstated() {
        String email = World.register("casting");
        String token = World.login(email).path("accessToken");
        String account = given().auth().oauth2(token).get("/me").then().statusCode(200).extract().path("id");
        String marker = "Hidden" + UUID.randomUUID().toString().substring(0, 8);
        String role = OpenRoles.open(token, marker);
        String talent = TestTokens.newUser("talent");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(talent, marker)).containsExactly(role));
        given().auth().oauth2(talent).get("/roles/" + role).then().statusCode(200);

        String admin = World.newAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"Repeated scam calls\",\"ban\":false}")
                .put("/admin/accounts/" + account + "/suspension").then().statusCode(200).body("suspended", org.hamcrest.Matchers.equalTo(true));
        given().contentType(ContentType.JSON).body(World.credentials(email)).post("/auth/login").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("Repeated scam calls"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/projects").then().statusCode(401));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(talent, marker)).isEmpty());
        // Hidden from a direct link too, and so closed to submissions.
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(talent).get("/roles/" + role).then().statusCode(404));

        given().auth().oauth2(admin).delete("/admin/accounts/" + account + "/suspension").then().statusCode(200);
        World.login(email);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(board(talent, marker)).containsExactly(role));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(talent).get("/roles/" + role).then().statusCode(200));
        given().auth().oauth2(admin).delete("/admin/accounts/" + account + "/suspension").then().statusCode(404);
    }

    @Test
    void aTakenDownAsset_playsForNobody_itsOwnerSeesWhy_untilReinstated() throws Exception {
        String owner = TestTokens.newUser("talent");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(200, 150, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new java.awt.Color((int) (System.nanoTime() & 0xFFFFFF)));
        g.fillRect(0, 0, 200, 150);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "jpeg", jpeg);
        String asset = MediaPipelineTest.upload(owner, "image/jpeg", jpeg.toByteArray(), PATIENCE).getString("id");

        // A photo can be reported like a profile or a role; one that does not exist cannot.
        report(TestTokens.newUser("casting"), "MEDIA", asset, "INAPPROPRIATE").then().statusCode(202);
        report(TestTokens.newUser("casting"), "MEDIA", UUID.randomUUID().toString(), "INAPPROPRIATE").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        String admin = World.newAdmin();
        assertThat(caseOf(admin, asset)).containsEntry("kind", "MEDIA").containsEntry("reports", 1);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"Not a headshot\"}")
                .post("/admin/media/" + asset + "/takedown").then().statusCode(204);
        given().auth().oauth2(owner).get("/media/" + asset + "/playback").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("Not a headshot"));
        given().auth().oauth2(TestTokens.newUser("casting")).get("/media/" + asset + "/playback").then().statusCode(404);
        given().auth().oauth2(owner).get("/media/" + asset).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("TAKEN_DOWN"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inboxTitles(owner)).anyMatch(t -> t.contains("was taken down")));

        given().auth().oauth2(admin).delete("/admin/media/" + asset + "/takedown").then().statusCode(204);
        given().auth().oauth2(owner).get("/media/" + asset + "/playback").then().statusCode(200);
    }

    private static io.restassured.response.Response report(String token, String kind, String id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "id", id, "reason", reason, "details", "They asked for 50 GBP to be seen.")).post("/reports");
    }

    private static Map<String, Object> caseOf(String admin, String subject) {
        List<Map<String, Object>> cases = given().auth().oauth2(admin).queryParam("limit", 200).get("/admin/moderation/cases").then()
                .statusCode(200).extract().jsonPath().getList("cases");
        return cases.stream().filter(c -> subject.equals(c.get("subjectId"))).findFirst().orElseThrow();
    }

    private static List<String> board(String talent, String marker) {
        return given().auth().oauth2(talent).queryParam("q", marker).get("/roles").then().statusCode(200).extract().path("items.id");
    }

    private static List<String> inboxTitles(String token) {
        return given().auth().oauth2(token).get("/inbox").then().statusCode(200).extract().path("items.title");
    }
}
