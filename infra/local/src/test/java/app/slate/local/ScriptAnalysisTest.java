package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Script analysis end to end: the upload is stored in S3 and queued through the outbox and
 * relay, script-analyzer (no Bedrock here, so drafts come from the script's introductions)
 * breaks it down, and the team edits and approves drafts into roles.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ScriptAnalysisTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void fountainScript_isBrokenDown_andItsDraftsBecomeRoles() throws Exception {
        String casting = TestTokens.newUser("casting");
        String project = project(casting);
        String scriptId = given().auth().oauth2(casting).contentType("text/plain").body(read("glass-orchard.fountain"))
                .queryParam("title", "The Glass Orchard").post("/projects/" + project + "/scripts").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/scripts/")).extract().path("id");

        JsonPath script = await().atMost(PATIENCE).until(() -> get(casting, scriptId), s -> "READY".equals(s.getString("status")));
        assertThat(script.getInt("scenes")).isEqualTo(4);
        assertThat(script.getList("characters.name")).containsExactly("MAYA HART", "TOM", "YOUNG MAYA", "MCCLANE", "DR. OKAFOR");
        assertThat(script.getInt("characters[0].lines")).isEqualTo(3);
        assertThat(script.getList("characters[0].scenes")).containsExactly(1, 2);
        assertThat(script.getString("characters[0].introduction")).startsWith("MAYA HART (30s), guarded and funny");
        assertThat(script.getString("extractedBy")).as("no Bedrock here: the script's own words").isEqualTo("rules");
        assertThat(script.getList("drafts.characterName")).hasSize(5);
        assertThat(script.getString("drafts[0].role.name")).isEqualTo("Maya Hart");
        assertThat(script.getString("drafts[0].role.location.city")).isEqualTo("Manchester");

        // "Tom, 20s, ... her younger brother": drafted male, 20-29; the casting director narrows the age, then approves.
        String tom = script.getString("drafts.find { it.characterName == 'TOM' }.id");
        assertThat(script.getList("drafts.find { it.characterName == 'TOM' }.role.genders")).containsExactly("MALE");
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"ageMin\":22,\"ageMax\":28}")
                .patch("/scripts/" + scriptId + "/drafts/" + tom).then().statusCode(200)
                .body("role.genders", org.hamcrest.Matchers.contains("MALE")).body("role.playableAge.min", org.hamcrest.Matchers.equalTo(22));
        given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"ageMin\":40,\"ageMax\":30}")
                .patch("/scripts/" + scriptId + "/drafts/" + tom).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("ageMax"));
        String roleId = given().auth().oauth2(casting).post("/scripts/" + scriptId + "/drafts/" + tom + "/approve")
                .then().statusCode(201).extract().path("id");
        JsonPath role = given().auth().oauth2(casting).get("/roles/" + roleId).then().statusCode(200).extract().jsonPath();
        assertThat(role.getString("status")).isEqualTo("DRAFT");
        assertThat(role.getString("details.name")).isEqualTo("Tom");
        assertThat(role.getList("details.genders")).containsExactly("MALE");
        given().auth().oauth2(casting).post("/scripts/" + scriptId + "/drafts/" + tom + "/approve").then().statusCode(409);
        assertThat(get(casting, scriptId).getString("drafts.find { it.characterName == 'TOM' }.status")).isEqualTo("APPROVED");

        // Someone else's script does not exist for them.
        given().auth().oauth2(TestTokens.newUser("casting")).get("/scripts/" + scriptId).then().statusCode(404);
    }

    @Test
    void whatIsNotAScreenplay_isRefusedOrFailsWithTheReason() {
        String casting = TestTokens.newUser("casting");
        String project = project(casting);
        given().auth().oauth2(casting).contentType("image/png").body(new byte[] {1, 2, 3})
                .post("/projects/" + project + "/scripts").then().statusCode(415).body("type", org.hamcrest.Matchers.endsWith("unsupported-script-format"));
        given().auth().oauth2(casting).contentType("text/plain").body("")
                .post("/projects/" + project + "/scripts").then().statusCode(400);
        String broken = given().auth().oauth2(casting).contentType("application/pdf").body("this is not a pdf".getBytes())
                .post("/projects/" + project + "/scripts").then().statusCode(202).extract().path("id");
        JsonPath failed = await().atMost(PATIENCE).until(() -> get(casting, broken), s -> "FAILED".equals(s.getString("status")));
        assertThat(failed.getString("failure")).startsWith("The file is not a readable PDF");
        String prose = given().auth().oauth2(casting).contentType("text/plain").body("Dear diary, nothing happened today.")
                .post("/projects/" + project + "/scripts").then().statusCode(202).extract().path("id");
        assertThat(await().atMost(PATIENCE).until(() -> get(casting, prose), s -> "FAILED".equals(s.getString("status")))
                .getString("failure")).startsWith("No character speaks");
    }

    private static String project(String casting) {
        return given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"title\":\"The Glass Orchard\",\"type\":\"SERIES\",\"locations\":[{\"city\":\"Manchester\",\"country\":\"GB\"}],"
                        + "\"union\":\"MIXED\",\"confidential\":false}")
                .post("/projects").then().statusCode(201).extract().path("id");
    }

    private static JsonPath get(String casting, String scriptId) {
        return given().auth().oauth2(casting).get("/scripts/" + scriptId).then().statusCode(200).extract().jsonPath();
    }

    private static String read(String name) throws Exception {
        try (InputStream in = ScriptAnalysisTest.class.getResourceAsStream("/scripts/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
