package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A role's team makes its flier: three files in the media bucket (the S3 stand-in) behind
 * presigned links that the stand-in verifies, the same files again for an unchanged role and new
 * ones after a change, in the project's language; only for an open public role, and only for its
 * owner and editors.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class RoleFlierTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    Pool database;

    @Test
    void theTeamGetsSignedFiles_theSameAgainForAnUnchangedRole_andNewOnesAfterAChange() throws Exception {
        CastingWorld.Team team = CastingWorld.openRole();
        JsonPath flier = make(team.ownerToken(), team.roleId()).statusCode(200)
                .body("locale", equalTo("en"))
                .body("link", equalTo("http://localhost:8080/roles/" + team.roleId()))
                .body("files.format", equalTo(List.of("SQUARE", "STORY", "PAGE")))
                .body("files.contentType", equalTo(List.of("image/png", "image/png", "application/pdf")))
                .extract().jsonPath();
        assertThat(Instant.parse(flier.getString("expiresAt"))).isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));

        HttpResponse<byte[]> square = download(flier.getString("files[0].url"));
        assertThat(square.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(square.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"maya-hart-square.png\"; filename*=UTF-8''Maya-Hart-square.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(square.body()));
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(1080, 1080);
        int[] pixels = image.getRGB(0, 0, 1080, 1080, null, 0, 1080);
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(1080, 1080, pixels)))).getText())
                .isEqualTo(flier.getString("link"));
        assertThat(ImageIO.read(new ByteArrayInputStream(download(flier.getString("files[1].url")).body())).getHeight()).isEqualTo(1920);
        try (PDDocument page = Loader.loadPDF(download(flier.getString("files[2].url")).body())) {
            assertThat(page.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(flier.getString("files[0].url") + "x")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("a tampered signature is refused").isEqualTo(403);

        JsonPath again = make(team.ownerToken(), team.roleId()).statusCode(200).extract().jsonPath();
        assertThat(path(again.getString("files[0].url"))).isEqualTo(path(flier.getString("files[0].url")));

        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body(CastingWorld.roleBody(Instant.now().plus(Duration.ofDays(7)), "PUBLIC").replace("\"amount\":650", "\"amount\":700"))
                .put("/roles/" + team.roleId()).then().statusCode(200);
        JsonPath changed = make(team.ownerToken(), team.roleId()).statusCode(200).extract().jsonPath();
        assertThat(path(changed.getString("files[0].url"))).isNotEqualTo(path(flier.getString("files[0].url")));
    }

    @Test
    void anArabicProjectMakesAnArabicFlier_andALanguageSlateCannotWriteIsRefused() {
        String owner = TestTokens.newUser("casting");
        String projectId = given().auth().oauth2(owner).contentType(ContentType.JSON).body("""
                        {"title":"رمال الذاكرة","type":"FILM","locations":[{"city":"Riyadh","country":"SA"}],
                         "union":"NON_UNION","confidential":true,"locale":"ar-SA"}""")
                .post("/projects").then().statusCode(201).body("locale", equalTo("ar-SA")).extract().path("id");
        String roleId = CastingWorld.role(owner, projectId, Instant.now().plus(Duration.ofDays(7)));
        given().auth().oauth2(owner).post("/roles/" + roleId + "/open").then().statusCode(200);

        make(owner, roleId).statusCode(200).body("locale", equalTo("ar-SA"));

        given().auth().oauth2(owner).contentType(ContentType.JSON).body("""
                        {"title":"Die Ernte","type":"FILM","locations":[],"union":"UNION","confidential":false,"locale":"de-DE"}""")
                .post("/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("locale"))
                .body("errors[0].message", containsString("en, ar, fr or es"));
    }

    @Test
    void onlyAnOpenPublicRoleHasAFlier() {
        String owner = TestTokens.newUser("casting");
        String projectId = CastingWorld.project(owner);
        String draft = CastingWorld.role(owner, projectId, Instant.now().plus(Duration.ofDays(7)));
        make(owner, draft).statusCode(409).body("type", containsString("role-not-public")).body("detail", containsString("it is still a draft"));

        String invited = given().auth().oauth2(owner).contentType(ContentType.JSON)
                .body(CastingWorld.roleBody(Instant.now().plus(Duration.ofDays(7)), "INVITED"))
                .post("/projects/" + projectId + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(owner).post("/roles/" + invited + "/open").then().statusCode(200);
        make(owner, invited).statusCode(409).body("detail", containsString("by invitation only"));

        given().auth().oauth2(owner).post("/roles/" + draft + "/open").then().statusCode(200);
        given().auth().oauth2(owner).post("/roles/" + draft + "/close").then().statusCode(200);
        make(owner, draft).statusCode(409).body("detail", containsString("it is closed"));

        CastingWorld.Team team = CastingWorld.openRole(owner);
        database.preparedQuery("UPDATE casting_roles SET deadline = now() - interval '1 minute' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(team.roleId()))).await().atMost(Duration.ofSeconds(10));
        make(owner, team.roleId()).statusCode(409).body("detail", containsString("its deadline has passed"));
    }

    @Test
    void aRolesPayIsInACurrencyThatExists_andOfASizeAFlierCanPrint() {
        CastingWorld.Team team = CastingWorld.openRole();
        String role = CastingWorld.roleBody(Instant.now().plus(Duration.ofDays(7)), "PUBLIC");
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body(role.replace("\"GBP\"", "\"ABC\""))
                .put("/roles/" + team.roleId()).then().statusCode(400).body("errors[0].field", equalTo("pay.currency"));
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body(role.replace("\"amount\":650", "\"amount\":1e100000"))
                .put("/roles/" + team.roleId()).then().statusCode(400).body("errors[0].field", equalTo("pay.amount"));
    }

    @Test
    void emojiInARoleAreLeftOut_butLettersTheFlierLacksAreRefusedNamingTheField() {
        CastingWorld.Team team = CastingWorld.openRole();
        String role = CastingWorld.roleBody(Instant.now().plus(Duration.ofDays(7)), "PUBLIC");
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body(role.replace("\"Maya Hart\"", "\"\uD83C\uDFAC Maya Hart \u2728\""))
                .put("/roles/" + team.roleId()).then().statusCode(200);
        make(team.ownerToken(), team.roleId()).statusCode(200);

        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body(role.replace("\"Horse riding\"", "\"Horse riding\",\"\u0915\u0925\u0915\""))
                .put("/roles/" + team.roleId()).then().statusCode(200);
        make(team.ownerToken(), team.roleId()).statusCode(422)
                .body("type", containsString("flier-unprintable"))
                .body("errors[0].field", equalTo("role.skills[1]"))
                .body("errors[0].message", containsString("Devanagari"));
    }

    @Test
    void onlyTheRolesOwnerAndEditorsMakeIt() {
        CastingWorld.Team team = CastingWorld.openRole();
        make(Collaborators.join(database, team, "EDITOR"), team.roleId()).statusCode(200);
        make(Collaborators.join(database, team, "VIEWER"), team.roleId()).statusCode(403);
        make(TestTokens.newUser("casting"), team.roleId()).statusCode(404);
        make(TestTokens.newUser("talent"), team.roleId()).statusCode(403);
        given().post("/roles/" + team.roleId() + "/fliers").then().statusCode(401);
        make(team.ownerToken(), "not-a-role").statusCode(400);
    }

    private static io.restassured.response.ValidatableResponse make(String token, String roleId) {
        return given().auth().oauth2(token).post("/roles/" + roleId + "/fliers").then();
    }

    private static HttpResponse<byte[]> download(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
