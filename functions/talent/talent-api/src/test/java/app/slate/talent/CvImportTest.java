package app.slate.talent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A talent's CV through talent-api: read into proposals that change nothing, accepted field by
 * field into the profile, private to its owner. The files are the labelled CVs of talent/cv.
 * A Word file is sent through the local cloud instead (CvUploadTest).
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class CvImportTest {

    private static final Path CVS = Path.of("../cv/src/test/resources/cvs");

    @Test
    void aWordCvIsProposed_nothingChanges_untilTheTalentAcceptsFieldByField() throws IOException {
        String token = TestTokens.newUser("talent");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString()).post("/talents/me")
                .then().statusCode(201);

        // A PDF here: Quarkus's test event server takes a Word file's media type (it contains "xml") for text and
        // garbles it; API Gateway and the local cloud pass it as binary, and the local cloud's tests send one.
        JsonPath read = given().auth().oauth2(token).contentType("application/pdf").body(Files.readAllBytes(CVS.resolve("amara-oak.pdf")))
                .post("/talents/me/cv-imports").then().statusCode(201).body("extractedBy", equalTo("rules")).extract().jsonPath();
        String id = read.getString("id");
        List<Map<String, Object>> proposals = read.getList("proposals");
        Map<String, Object> glasshouse = proposals.stream().filter(p -> "notableWorks".equals(p.get("field"))
                && "Glasshouse".equals(((Map<?, ?>) p.get("value")).get("title"))).findFirst().orElseThrow();
        assertThat(glasshouse.get("source").toString()).contains("Glasshouse", "Nurse Adaeze");
        assertThat(glasshouse.get("accepted")).isEqualTo(false);
        String yoruba = idOf(proposals, "languages", "language", "yo");
        String english = idOf(proposals, "languages", "language", "en");
        String rp = idOf(proposals, "languages.accents", "accent", "RP");
        String height = proposals.stream().filter(p -> "appearance.heightCm".equals(p.get("field"))).findFirst().orElseThrow().get("id").toString();
        given().auth().oauth2(token).get("/talents/me").then().statusCode(200).body("details.notableWorks.size()", equalTo(0));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"proposalIds\":[\"" + rp + "\"]}").post("/talents/me/cv-imports/" + id + "/accept")
                .then().statusCode(400).body("errors[0].field", equalTo("proposalIds"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"proposalIds\":[\"" + glasshouse.get("id") + "\",\"" + yoruba + "\",\"" + rp + "\",\"" + english + "\",\"" + height + "\"]}")
                .post("/talents/me/cv-imports/" + id + "/accept").then().statusCode(200)
                .body("details.notableWorks[0].title", equalTo("Glasshouse"))
                .body("details.notableWorks[0].year", equalTo(2022))
                .body("details.languages.language", hasItem("yo"))
                .body("details.languages.find { it.language == 'en' }.accents", hasItem("RP"))
                .body("details.appearance.heightCm", equalTo(173))
                .body("details.legalName", equalTo("Sam Reyes"));
        given().auth().oauth2(token).get("/talents/me/cv-imports/" + id).then().statusCode(200)
                .body("proposals.find { it.id == '" + yoruba + "' }.accepted", equalTo(true))
                .body("proposals.find { it.field == 'skills' }.accepted", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"proposalIds\":[\"" + yoruba + "\"]}")
                .post("/talents/me/cv-imports/" + id + "/accept").then().statusCode(409);

        given().auth().oauth2(token).delete("/talents/me").then().statusCode(204);
        given().auth().oauth2(token).get("/talents/me/cv-imports/" + id).then().statusCode(404);
    }

    @Test
    void anImportIsItsOwnersAlone_andUnreadableFilesSaySo() throws IOException {
        String owner = TestTokens.newUser("talent");
        String id = given().auth().oauth2(owner).contentType(ContentType.TEXT).body(Files.readAllBytes(CVS.resolve("layla-haddad.txt")))
                .post("/talents/me/cv-imports").then().statusCode(201).extract().path("id");
        String other = TestTokens.newUser("talent");
        given().auth().oauth2(other).get("/talents/me/cv-imports/" + id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body("{\"proposalIds\":[\"p1\"]}")
                .post("/talents/me/cv-imports/" + id + "/accept").then().statusCode(404);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"proposalIds\":[\"p1\"]}")
                .post("/talents/me/cv-imports/" + id + "/accept").then().statusCode(422)
                .body("type", equalTo("https://slate.app/problems/profile-required"));

        given().auth().oauth2(owner).contentType("application/pdf")
                .body(Files.readAllBytes(Path.of("../cv/src/test/resources/hostile/locked.pdf")))
                .post("/talents/me/cv-imports").then().statusCode(422)
                .body("type", equalTo("https://slate.app/problems/cv-unreadable"))
                .body("detail", org.hamcrest.Matchers.containsString("password"));
        given().auth().oauth2(owner).contentType("image/png").body(new byte[] {1, 2, 3})
                .post("/talents/me/cv-imports").then().statusCode(415);
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"proposalIds\":[\"../etc\"]}")
                .post("/talents/me/cv-imports/" + id + "/accept").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.startsWith("proposalIds"));
    }

    private static String idOf(List<Map<String, Object>> proposals, String field, String key, String value) {
        return proposals.stream().filter(p -> field.equals(p.get("field")) && value.equals(((Map<?, ?>) p.get("value")).get(key)))
                .findFirst().orElseThrow().get("id").toString();
    }
}
