package app.slate.media.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.slate.media.api.upload.SignedUpload;
import app.slate.media.api.upload.UploadSigner;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signed upload URLs, checked for real by S3Proxy, and the limits around them. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class UploadUrlTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    UploadSigner signer;

    @Inject
    Pool database;

    static ExtractableResponse<Response> requestUpload(String token, String contentType, long size) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"contentType\":\"" + contentType + "\",\"sizeBytes\":" + size + ",\"fileName\":\"headshot\"}")
                .post("/media/uploads").then().extract();
    }

    static int put(String url, String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void signedUrl_acceptsTheDeclaredFile_andRefusesAnotherTypeOrLength() throws Exception {
        String token = TestTokens.newUser("talent");
        ExtractableResponse<Response> answer = requestUpload(token, "image/png", 64);
        assertThat(answer.statusCode()).isEqualTo(201);
        String url = answer.path("url");
        Map<String, String> headers = answer.path("headers");
        assertThat(headers).containsEntry("Content-Type", "image/png").containsEntry("Content-Length", "64");
        assertThat(Instant.parse(answer.path("expiresAt"))).isBefore(Instant.now().plus(Duration.ofMinutes(5)).plusSeconds(5));
        assertThat(url).contains("uploads/" + answer.path("assetId"));

        assertThat(put(url, "image/jpeg", new byte[64])).as("another content type").isEqualTo(403);
        assertThat(put(url, "image/png", new byte[63])).as("another length").isEqualTo(403);
        assertThat(put(url, "image/png", new byte[64])).as("the declared file").isEqualTo(200);

        given().auth().oauth2(token).get("/media/" + answer.path("assetId")).then().statusCode(200)
                .body("status", equalTo("AWAITING_UPLOAD")).body("declaredBytes", equalTo(64));
    }

    @Test
    void expiredUrl_isRefused() throws Exception {
        UUID asset = UUID.randomUUID();
        SignedUpload upload = signer.sign(asset, "uploads/" + asset, "image/png", 8, Duration.ofSeconds(1));
        Thread.sleep(2_100);
        assertThat(put(upload.url(), "image/png", new byte[8])).isEqualTo(403);
    }

    @Test
    void unknownType_tooLarge_andOverQuota_areClientErrors() {
        String account = UUID.randomUUID().toString();
        TestRows.grantedPlan(database, account, null, 60_000_000, null);
        String token = TestTokens.forUser(account, "casting");
        ExtractableResponse<Response> exe = requestUpload(token, "application/x-msdownload", 10);
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat((String) exe.path("errors[0].field")).isEqualTo("contentType");

        ExtractableResponse<Response> huge = requestUpload(token, "image/jpeg", 26_214_401);
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat((String) huge.path("errors[0].field")).isEqualTo("sizeBytes");

        assertThat(requestUpload(token, "application/pdf", 20_000_000).statusCode()).isEqualTo(201);
        assertThat(requestUpload(token, "application/pdf", 20_000_000).statusCode()).isEqualTo(201);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"contentType\":\"application/pdf\",\"sizeBytes\":20000001}")
                .post("/media/uploads").then().statusCode(409)
                .body("type", equalTo("https://slate.app/problems/storage-quota-exceeded"));
    }

    @Test
    void aMinorUploadsOnlyThroughAConsentingGuardian() {
        UUID guardian = TestRows.account(database, null, LocalDate.of(1984, 3, 1), null);
        UUID minor = TestRows.account(database, guardian, LocalDate.now().minusYears(11), OffsetDateTime.now(ZoneOffset.UTC));
        given().auth().oauth2(TestTokens.forUser(minor.toString(), "talent")).contentType(ContentType.JSON)
                .body("{\"contentType\":\"image/jpeg\",\"sizeBytes\":1000}").post("/media/uploads").then().statusCode(403)
                .body("type", equalTo("https://slate.app/problems/guardian-required"))
                .body("detail", startsWith("Uploads for someone under 18"));
        given().auth().oauth2(TestTokens.actingFor(minor.toString(), guardian.toString(), "talent")).contentType(ContentType.JSON)
                .body("{\"contentType\":\"image/jpeg\",\"sizeBytes\":1000}").post("/media/uploads").then().statusCode(201);
    }

    @Test
    void someoneElsesAsset_doesNotExistForYou() {
        String asset = requestUpload(TestTokens.newUser("talent"), "image/png", 10).path("assetId");
        given().auth().oauth2(TestTokens.newUser("talent")).get("/media/" + asset).then().statusCode(404);
        given().auth().oauth2(TestTokens.newUser("talent")).get("/media/" + asset + "/playback").then().statusCode(404);
        given().get("/media/" + asset + "/playback").then().statusCode(404);
    }
}
