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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sensitive actions through the real path (the function's outbox, the relay, the trust queue, the
 * worker) into the audit log, read back by an admin: who viewed a minor's profile, and who did not
 * get recorded (the minor, an adult's viewers); plans granted, team changes, a login from a new
 * device; and the chain checked end to end.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AuditLogTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void viewingAMinorsProfile_isRecorded_withWhoWhereAndWhichRequest_butTheirOwnViewsAndAdultsAreNot() {
        String admin = World.newAdmin();
        UUID minor = UUID.randomUUID();
        UUID adult = UUID.randomUUID();
        String minorProfile = profile(minor, LocalDate.now().minusYears(12));
        String adultProfile = profile(adult, LocalDate.now().minusYears(30));
        UUID viewer = UUID.randomUUID();
        String casting = TestTokens.forUser(viewer.toString(), "casting");

        given().auth().oauth2(TestTokens.forUser(minor.toString(), "talent")).get("/talents/" + minorProfile).then().statusCode(200);
        given().auth().oauth2(casting).get("/talents/" + adultProfile).then().statusCode(200);
        given().auth().oauth2(casting).get("/talents/" + minorProfile).then().statusCode(200);
        given().get("/talents/" + minorProfile).then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(entries(admin, Map.of("subjectId", minor))).hasSize(2));
        List<Map<String, Object>> entries = entries(admin, Map.of("subjectId", minor));
        // Newest first: the anonymous visitor, then the casting director; never the minor themselves.
        assertThat(entries.get(0)).containsEntry("action", "minor.profile-viewed").containsEntry("actor", null)
                .containsEntry("target", "talent-profile:" + minorProfile).containsEntry("sourceAddress", "127.0.0.1");
        assertThat(entries.get(1).get("actor")).isEqualTo(Map.of("accountId", viewer.toString(), "erased", false));
        assertThat((String) entries.get(1).get("requestId")).isNotBlank();
        assertThat(entries(admin, Map.of("subjectId", adult))).isEmpty();
        assertThat(entries(admin, Map.of("actorId", viewer, "action", "minor.profile-viewed"))).hasSize(1);
    }

    @Test
    void grantsTeamChangesAndANewDevice_areRecorded_andTheChainHolds() {
        String admin = World.newAdmin();
        UUID account = UUID.randomUUID();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"planCode\":\"professional\"}")
                .put("/admin/billing/accounts/" + account + "/plan").then().statusCode(204);

        UUID owner = UUID.randomUUID();
        String ownerToken = TestTokens.forUser(owner.toString(), "casting");
        String project = given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body("""
                {"title":"Audit","type":"FILM","locations":[{"city":"Leeds","country":"GB"}],"union":"MIXED","confidential":false}""")
                .post("/projects").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ownerToken).contentType(ContentType.JSON).body("{\"email\":\"" + World.newEmail() + "\",\"access\":\"VIEWER\"}")
                .post("/projects/" + project + "/collaborators").then().statusCode(200);

        String email = World.register("talent");
        String person = given().contentType(ContentType.JSON).header("User-Agent", "Phone/1.0").body(World.credentials(email))
                .post("/auth/login").then().statusCode(200).extract().path("accessToken");
        given().contentType(ContentType.JSON).header("User-Agent", "Phone/1.0").body(World.credentials(email)).post("/auth/login")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).header("User-Agent", "Laptop/2.0").body(World.credentials(email)).post("/auth/login")
                .then().statusCode(200);
        String personId = given().auth().oauth2(person).get("/me").then().statusCode(200).extract().path("id");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(entries(admin, Map.of("subjectId", account))).extracting(e -> e.get("action"), e -> e.get("detail"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("admin.plan-granted", "granted plan professional"));
            assertThat(entries(admin, Map.of("actorId", owner))).extracting(e -> e.get("action"), e -> e.get("target"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("access.collaborator-changed", "project:" + project));
            assertThat(entries(admin, Map.of("subjectId", personId, "action", "access.new-device-login"))).hasSize(1);
        });

        JsonPath chain = given().auth().oauth2(admin).get("/admin/audit/verification").then().statusCode(200).extract().jsonPath();
        assertThat(chain.getBoolean("intact")).isTrue();
        assertThat(chain.getLong("checked")).isGreaterThanOrEqualTo(3);
        assertThat(chain.getString("firstBroken")).isNull();
    }

    private static List<Map<String, Object>> entries(String admin, Map<String, ?> query) {
        return given().auth().oauth2(admin).queryParams(query).get("/admin/audit").then().statusCode(200).extract().jsonPath()
                .getList("entries");
    }

    private static String profile(UUID account, LocalDate born) {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("dateOfBirth", born.toString());
        profile.putObject("playableAge").put("min", Math.max(5, LocalDate.now().getYear() - born.getYear() - 2))
                .put("max", LocalDate.now().getYear() - born.getYear() + 2);
        return given().auth().oauth2(TestTokens.forUser(account.toString(), "talent")).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
    }
}
