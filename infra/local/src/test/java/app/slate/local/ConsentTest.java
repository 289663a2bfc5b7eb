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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Consent records through the real path: registering records the terms and privacy policy; AI
 * matching withdrawn takes the talent out of suggested talent (the matching worker, OpenSearch) and
 * their roles-for-me, and given again brings them back; the public profile withdrawn unpublishes
 * it; a new version of the privacy policy asks again; the terms cannot be withdrawn but by leaving.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ConsentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void withdrawingAiMatching_takesTheTalentOutOfSuggestions_andGivingItBackReturnsThem() {
        String accent = "Accent" + UUID.randomUUID().toString().substring(0, 8);
        String talent = TestTokens.newUser("talent");
        ObjectNode details = Fixtures.profile("complete");
        details.putArray("languages").addObject().put("language", "en").put("proficiency", "NATIVE").putArray("accents").add(accent);
        String profile = given().auth().oauth2(talent).contentType(ContentType.JSON).body(details.toString()).post("/talents/me")
                .then().statusCode(201).extract().path("id");
        String casting = TestTokens.newUser("casting");
        String role = role(casting, accent);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(suggested(casting, role)).containsExactly(profile));

        String version = consent(talent, "AI_MATCHING").get("currentVersion").toString();
        change(talent, "AI_MATCHING", false, version).then().statusCode(200);
        assertThat(consent(talent, "AI_MATCHING")).containsEntry("given", false).containsEntry("source", "SETTINGS");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(suggested(casting, role)).isEmpty());
        given().auth().oauth2(talent).get("/me/matches").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("ai-matching-off"));

        change(talent, "AI_MATCHING", true, version).then().statusCode(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(suggested(casting, role)).containsExactly(profile));
        given().auth().oauth2(talent).get("/me/matches").then().statusCode(200);
    }

    @Test
    void registrationRecordsTheTerms_aNewPolicyVersionAsksAgain_andTheTermsStayUntilTheAccountGoes() {
        String email = World.register("talent");
        String person = World.login(email).path("accessToken");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consent(person, "TERMS"))
                .containsEntry("given", true).containsEntry("source", "REGISTRATION").containsEntry("renewalNeeded", false));

        change(person, "TERMS", false, consent(person, "TERMS").get("currentVersion").toString()).then().statusCode(409);
        change(person, "MARKETING_MESSAGES", true, "1999-01").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("consent-version-outdated")).body("errors[0].field", org.hamcrest.Matchers.equalTo("version"));
        change(person, "PURPOSE_OF_NOTHING", true, "2026-11").then().statusCode(400);
        change(person, "GUARDIAN_CONSENT", true, "minors-2026-11").then().statusCode(403);

        String admin = World.newAdmin();
        String newVersion = "2027-" + UUID.randomUUID().toString().substring(0, 6);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"version\":\"" + newVersion + "\"}")
                .put("/admin/consent/purposes/PRIVACY_POLICY").then().statusCode(200).body("changed", org.hamcrest.Matchers.equalTo(true));
        assertThat(consent(person, "PRIVACY_POLICY")).containsEntry("renewalNeeded", true).containsEntry("currentVersion", newVersion);
        change(person, "PRIVACY_POLICY", true, newVersion).then().statusCode(200);
        assertThat(consent(person, "PRIVACY_POLICY")).containsEntry("renewalNeeded", false).containsEntry("version", newVersion);
    }

    @Test
    void withdrawingThePublicProfile_unpublishesIt() {
        String talent = TestTokens.newUser("talent");
        String profile = given().auth().oauth2(talent).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
        given().get("/talents/" + profile).then().statusCode(200);
        change(talent, "PUBLIC_PROFILE", false, consent(talent, "PUBLIC_PROFILE").get("currentVersion").toString()).then().statusCode(200);
        given().get("/talents/" + profile).then().statusCode(404);
        given().auth().oauth2(talent).get("/talents/me").then().statusCode(200).body("published", org.hamcrest.Matchers.equalTo(false));
        // Publishing again needs the consent again.
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString()).put("/talents/me")
                .then().statusCode(409);
        change(talent, "PUBLIC_PROFILE", true, consent(talent, "PUBLIC_PROFILE").get("currentVersion").toString()).then().statusCode(200);
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString()).put("/talents/me")
                .then().statusCode(200);
        given().get("/talents/" + profile).then().statusCode(200);
    }

    private static Map<String, Object> consent(String token, String purpose) {
        List<Map<String, Object>> consents = given().auth().oauth2(token).get("/me/consents").then().statusCode(200).extract().jsonPath()
                .getList("consents");
        return consents.stream().filter(c -> purpose.equals(c.get("purpose"))).findFirst().orElseThrow();
    }

    private static io.restassured.response.Response change(String token, String purpose, boolean given, String version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("given", given, "version", version))
                .put("/me/consents/" + purpose);
    }

    private static List<String> suggested(String casting, String role) {
        JsonPath matches = given().auth().oauth2(casting).get("/roles/" + role + "/matches").then().statusCode(200).extract().jsonPath();
        return matches.getList("matches.profileId", String.class);
    }

    private static String role(String casting, String accent) {
        String project = given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"title\":\"Consent Film\",\"type\":\"FILM\",\"locations\":[],\"union\":\"MIXED\",\"confidential\":false}")
                .post("/projects").then().statusCode(201).extract().path("id");
        String role = given().auth().oauth2(casting).contentType(ContentType.JSON).body("""
                {"name":"Nell","kind":"LEAD","description":"A lead.","playableAge":{"min":25,"max":35},"genders":["FEMALE"],"ethnicities":[],
                 "languages":["en"],"accents":["%s"],"skills":[],"location":{"city":"London","country":"GB"},"pay":{"paid":false},"union":"ANY",
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(accent, Instant.now().plus(Duration.ofDays(5)))).post("/projects/" + project + "/roles").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(casting).post("/roles/" + role + "/open").then().statusCode(200);
        return role;
    }
}
