package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * People's own media through the real pipeline: they list what they hold against their plan, by
 * kind and status; deleting an asset removes every object it left in the bucket and frees its
 * storage at once; an asset their portfolio shows or a live submission cites is kept, and the
 * refusal names each use; nobody lists or deletes another's.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class OwnMediaTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    S3Client s3;

    @ConfigProperty(name = "slate.media.bucket")
    String bucket;

    @Test
    void aPersonListsTheirMedia_deletesWhatIsUnused_andKeepsWhatIsSubmitted() throws Exception {
        String talent = TestTokens.newUser("talent");
        given().auth().oauth2(talent).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString()).post("/talents/me")
                .then().statusCode(201);
        JsonPath shown = MediaPipelineTest.upload(talent, "image/jpeg", jpeg(Color.ORANGE), PATIENCE);
        JsonPath spare = MediaPipelineTest.upload(talent, "image/png", png(Color.CYAN), PATIENCE);
        String shownId = shown.getString("id");
        String spareId = spare.getString("id");
        assertThat(List.of(shown.getString("status"), spare.getString("status"))).containsOnly("READY");

        JsonPath library = given().auth().oauth2(talent).get("/media").then().statusCode(200).extract().jsonPath();
        assertThat(library.getList("items.id", String.class)).containsExactly(spareId, shownId);
        long held = library.getLong("usage.usedBytes");
        assertThat(held).isEqualTo(shown.getLong("sizeBytes") + spare.getLong("sizeBytes"));
        assertThat(library.getLong("usage.allowedBytes")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(given().auth().oauth2(talent).queryParam("kind", "VIDEO").get("/media").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();
        given().auth().oauth2(talent).queryParam("status", "DELETED").get("/media").then().statusCode(400);
        given().auth().oauth2(talent).queryParam("kind", "HOLOGRAM").get("/media").then().statusCode(400);
        assertThat(given().auth().oauth2(TestTokens.newUser("talent")).get("/media").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEmpty();

        // In the portfolio and submitted: kept, with each use named.
        String item = given().auth().oauth2(talent).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"Mine\",\"mediaAssetId\":\"" + shownId + "\"}")
                .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
        String submission = given().auth().oauth2(talent).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + item + "\"]}").post("/roles/" + openRole() + "/submissions")
                .then().statusCode(201).extract().path("id");
        JsonPath refused = given().auth().oauth2(talent).delete("/media/" + shownId).then().statusCode(409).extract().jsonPath();
        assertThat(refused.getString("type")).endsWith("media-in-use");
        assertThat(refused.getList("errors.field", String.class)).containsExactly("submissions/" + submission, "portfolio/" + item);
        assertThat(refused.getString("errors[0].message")).contains("Keeper");

        // Another person cannot delete it, nor learn it exists.
        given().auth().oauth2(TestTokens.newUser("talent")).delete("/media/" + spareId).then().statusCode(404);

        List<String> objects = objects(spareId);
        assertThat(objects).as("the original and its thumbnail").hasSizeGreaterThanOrEqualTo(2);
        given().auth().oauth2(talent).delete("/media/" + spareId).then().statusCode(204);
        assertThat(objects(spareId)).isEmpty();
        given().auth().oauth2(talent).get("/media/" + spareId).then().statusCode(404);
        given().auth().oauth2(talent).delete("/media/" + spareId).then().statusCode(404);
        JsonPath after = given().auth().oauth2(talent).get("/media").then().statusCode(200).extract().jsonPath();
        assertThat(after.getList("items.id", String.class)).containsExactly(shownId);
        assertThat(after.getLong("usage.usedBytes")).isEqualTo(held - spare.getLong("sizeBytes"));
    }

    private List<String> objects(String assetId) {
        return s3.listObjectsV2(list -> list.bucket(bucket)).contents().stream().map(o -> o.key()).filter(key -> key.contains(assetId))
                .toList();
    }

    private static String openRole() {
        String casting = TestTokens.newUser("casting");
        String project = given().auth().oauth2(casting).contentType(ContentType.JSON)
                .body("{\"title\":\"Own media\",\"type\":\"FILM\",\"locations\":[],\"union\":\"MIXED\",\"confidential\":false}")
                .post("/projects").then().statusCode(201).extract().path("id");
        String role = given().auth().oauth2(casting).contentType(ContentType.JSON).body("""
                {"name":"Keeper","kind":"LEAD","description":"Lead.","playableAge":{"min":18,"max":60},"genders":[],"ethnicities":[],
                 "languages":["en"],"skills":[],"location":{"city":"London","country":"GB"},"pay":{"paid":false},"union":"ANY",
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(Instant.now().plus(Duration.ofDays(5)))).post("/projects/" + project + "/roles").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(casting).post("/roles/" + role + "/open").then().statusCode(200);
        return role;
    }

    static byte[] jpeg(Color color) throws Exception {
        return image(color, "jpeg");
    }

    private static byte[] png(Color color) throws Exception {
        return image(color, "png");
    }

    /** A picture nobody has uploaded before (its corner is this run's own), so no duplicate check interferes. */
    private static byte[] image(Color color, String format) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color((int) (System.nanoTime() & 0xFFFFFF)));
        g.fillOval(10, 10, 120, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
