package app.slate.media.transcode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.http.webhook.TimestampedSignature;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Transcode callbacks: only a fresh, correctly signed one moves a video, and only once. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class TranscodeWebhookTest {

    private static final String SECRET = "transcode-callback-secret-for-tests";

    @Inject
    Pool database;

    static String completed(UUID asset) {
        return """
                {"eventId":"evt-%s","jobReference":"%s","status":"COMPLETED","masterPlaylist":"master.m3u8","thumbnail":"thumbnail.jpg",
                 "renditions":[{"name":"360p","playlist":"360p/index.m3u8","width":640,"height":360,"bandwidth":900000}]}"""
                .formatted(UUID.randomUUID(), asset);
    }

    static RequestSpecification signed(String secret, long timestamp, String body) {
        String stamp = Long.toString(timestamp);
        return given().header("X-Transcode-Timestamp", stamp)
                .header("X-Transcode-Signature", TimestampedSignature.sign(secret, stamp, body))
                .contentType("application/json").body(body);
    }

    @Test
    void signedCallback_makesTheVideoReady_once() {
        UUID asset = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "VIDEO", "PROCESSING", "video/mp4", null);
        String body = completed(asset);
        long now = Instant.now().getEpochSecond();
        signed(SECRET, now, body).post("/webhooks/transcode").then().statusCode(200).body("outcome", equalTo("applied"));
        Row row = row(asset);
        assertThat(row.getString("status")).isEqualTo("READY");
        assertThat(row.getString("playlist_key")).isEqualTo("derived/" + asset + "/hls/master.m3u8");
        assertThat(row.getString("thumbnail_key")).isEqualTo("derived/" + asset + "/hls/thumbnail.jpg");
        long version = row.getLong("version");

        signed(SECRET, now, body).post("/webhooks/transcode").then().statusCode(200).body("outcome", equalTo("duplicate"));
        assertThat(row(asset).getLong("version")).as("a replay has no second effect").isEqualTo(version);
    }

    @Test
    void forgedStaleAndUnsignedCallbacks_areRefused_andChangeNothing() {
        UUID asset = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "VIDEO", "PROCESSING", "video/mp4", null);
        String body = completed(asset);
        long now = Instant.now().getEpochSecond();
        signed("not-the-secret", now, body).post("/webhooks/transcode").then().statusCode(401)
                .body("type", equalTo("https://slate.app/problems/invalid-signature"));
        signed(SECRET, now - 600, body).post("/webhooks/transcode").then().statusCode(401)
                .body("detail", equalTo("The timestamp is more than 5 minutes from now."));
        given().contentType("application/json").body(body).post("/webhooks/transcode").then().statusCode(401);
        String tampered = body.replace("\"360p\"", "\"4k\"");
        given().header("X-Transcode-Timestamp", Long.toString(now))
                .header("X-Transcode-Signature", TimestampedSignature.sign(SECRET, Long.toString(now), body))
                .contentType("application/json").body(tampered).post("/webhooks/transcode").then().statusCode(401);
        assertThat(row(asset).getString("status")).isEqualTo("PROCESSING");
    }

    @Test
    void failedJob_failsTheVideoWithItsReason() {
        UUID asset = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "VIDEO", "PROCESSING", "video/mp4", null);
        String body = "{\"eventId\":\"evt-" + UUID.randomUUID() + "\",\"jobReference\":\"" + asset
                + "\",\"status\":\"FAILED\",\"reason\":\"Unsupported codec: ProRes RAW\"}";
        signed(SECRET, Instant.now().getEpochSecond(), body).post("/webhooks/transcode").then().statusCode(200);
        Row row = row(asset);
        assertThat(row.getString("status")).isEqualTo("FAILED");
        assertThat(row.getString("failure_reason")).isEqualTo("Unsupported codec: ProRes RAW");
    }

    @Test
    void aCallbackForNoJobOfOurs_isAClientError() {
        signed(SECRET, Instant.now().getEpochSecond(), completed(UUID.randomUUID())).post("/webhooks/transcode").then()
                .statusCode(400).body("errors[0].field", equalTo("jobReference"));
    }

    @Test
    void playlistPathsThatClimbOutOfTheAssetsFolder_areRefusedByName() {
        UUID asset = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "VIDEO", "PROCESSING", "video/mp4", null);
        for (String[] escape : new String[][] {{"master.m3u8", "a/../../b.m3u8"}, {"../other/master.m3u8", "360p/index.m3u8"},
                {"master.m3u8", "360p//index.m3u8"}, {"./master.m3u8", "360p/index.m3u8"}}) {
            String body = completed(asset).replace("\"master.m3u8\"", "\"" + escape[0] + "\"")
                    .replace("\"360p/index.m3u8\"", "\"" + escape[1] + "\"");
            signed(SECRET, Instant.now().getEpochSecond(), body).post("/webhooks/transcode").then().statusCode(400)
                    .body("errors[0].field", either(equalTo("masterPlaylist")).or(equalTo("renditions[0].playlist")));
        }
        assertThat(row(asset).getString("status")).isEqualTo("PROCESSING");
    }

    @Test
    void aCompletedCallbackForAVideoNeverUploaded_isRefusedUnrecorded_andItsRetryAppliesOnceTheJobRuns() {
        UUID asset = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "VIDEO", "AWAITING_UPLOAD", "video/mp4", null);
        String body = completed(asset);
        signed(SECRET, Instant.now().getEpochSecond(), body).post("/webhooks/transcode").then().statusCode(409);
        assertThat(row(asset).getString("status")).isEqualTo("AWAITING_UPLOAD");

        database.preparedQuery("UPDATE media_assets SET status = 'PROCESSING' WHERE id = $1").execute(Tuple.of(asset))
                .await().atMost(Duration.ofSeconds(10));
        signed(SECRET, Instant.now().getEpochSecond(), body).post("/webhooks/transcode").then().statusCode(200)
                .body("outcome", equalTo("applied"));
        assertThat(row(asset).getString("status")).isEqualTo("READY");
    }

    private Row row(UUID id) {
        return database.preparedQuery("SELECT * FROM media_assets WHERE id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(10)).iterator().next();
    }
}
