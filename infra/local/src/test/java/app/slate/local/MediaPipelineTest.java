package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The media pipeline end to end, as in AWS: a signed PUT to S3, the S3 event on the queue,
 * media-ingest's checks, and for video the transcoder (ffmpeg here) and its signed callback.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class MediaPipelineTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    LambdaInvoker lambdas;

    @Inject
    ObjectMapper json;

    /** Asks for a URL, PUTs the bytes to it and waits until the checks are done. */
    static JsonPath upload(String token, String contentType, byte[] bytes, Duration patience) throws Exception {
        JsonPath signed = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("contentType", contentType, "sizeBytes", bytes.length)).post("/media/uploads")
                .then().statusCode(201).extract().jsonPath();
        int put = HTTP.send(HttpRequest.newBuilder(URI.create(signed.getString("url"))).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(put).isEqualTo(200);
        String assetId = signed.getString("assetId");
        await().atMost(patience).pollInterval(Duration.ofMillis(200)).until(() -> !List.of("AWAITING_UPLOAD", "PROCESSING")
                .contains(given().auth().oauth2(token).get("/media/" + assetId).then().extract().path("status")));
        return given().auth().oauth2(token).get("/media/" + assetId).then().statusCode(200).extract().jsonPath();
    }

    static byte[] get(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    @Test
    void headshot_isVerifiedHashedMeasuredAndStripped_andTheSamePictureFromAnotherAccountIsFlagged() throws Exception {
        long face = System.nanoTime(); // a picture no earlier run of these stand-ins has seen
        byte[] headshot = jpegWithLocation(portrait(600, 800, face));
        String owner = TestTokens.newUser("talent");
        JsonPath asset = upload(owner, "image/jpeg", headshot, PATIENCE);
        assertThat(asset.getString("status")).isEqualTo("READY");
        assertThat(asset.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(headshot)));
        assertThat(asset.getInt("width")).isEqualTo(600);
        assertThat(asset.getInt("height")).isEqualTo(800);
        assertThat(asset.getBoolean("locationRemoved")).isTrue();
        assertThat(asset.getBoolean("possibleDuplicate")).isFalse();

        JsonPath playback = given().auth().oauth2(owner).get("/media/" + asset.getString("id") + "/playback")
                .then().statusCode(200).extract().jsonPath();
        assertThat(location(headshot)).as("the upload had a location").isNotNull();
        assertThat(location(get(playback.getString("url")))).as("the kept copy has none").isNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(get(playback.getString("thumbnailUrl")))).getHeight()).isEqualTo(480);
        given().auth().oauth2(TestTokens.newUser("talent")).get("/media/" + asset.getString("id") + "/playback").then().statusCode(404);

        // The same picture, re-encoded as PNG, from someone else; then a smaller copy, from them again:
        // holding a copy of their own does not make the next one theirs.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(portrait(600, 800, face), "png", png);
        String copier = TestTokens.newUser("talent");
        JsonPath copy = upload(copier, "image/png", png.toByteArray(), PATIENCE);
        assertThat(copy.getString("status")).isEqualTo("READY");
        assertThat(copy.getBoolean("possibleDuplicate")).isTrue();
        BufferedImage smaller = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        smaller.createGraphics().drawImage(portrait(600, 800, face), 0, 0, 300, 400, null);
        ByteArrayOutputStream resized = new ByteArrayOutputStream();
        ImageIO.write(smaller, "jpeg", resized);
        assertThat(upload(copier, "image/jpeg", resized.toByteArray(), PATIENCE).getBoolean("possibleDuplicate")).isTrue();
    }

    @Test
    void anExecutableNamedAsAPhoto_isQuarantined_withTheReason() throws Exception {
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        JsonPath asset = upload(TestTokens.newUser("talent"), "image/jpeg", elf, PATIENCE);
        assertThat(asset.getString("status")).isEqualTo("REJECTED");
        assertThat(asset.getString("failureReason")).isEqualTo("The file is a Linux executable, not the image/jpeg that was declared.");
    }

    @Test
    void aRepeatedUploadEvent_changesNothing() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(portrait(40, 40, System.nanoTime()), "png", png);
        String owner = TestTokens.newUser("casting");
        JsonPath asset = upload(owner, "image/png", png.toByteArray(), PATIENCE);
        JsonNode batch = json.readTree(Path.of("../../events/media-ingest/s3-upload-batch.json").toFile());
        ObjectNode record = (ObjectNode) batch.path("Records").get(0);
        // The sample's bucket is the local cloud's too (stack "slate", account 000000000000); S3Proxy
        // keeps no versions, so the local event carries no version id.
        record.put("body", record.path("body").asText().replace("7b9a2c4e-1f3d-4a5b-8c6d-9e0f1a2b3c4d", asset.getString("id"))
                .replaceAll(",\\s*\"versionId\":\\s*\"[^\"]*\"", ""));
        JsonNode answer = lambdas.invoke("media-ingest", batch);
        assertThat(answer.path("batchItemFailures")).isEmpty();
        JsonPath after = given().auth().oauth2(owner).get("/media/" + asset.getString("id")).then().extract().jsonPath();
        assertThat(after.getString("updatedAt")).isEqualTo(asset.getString("updatedAt"));
        assertThat(after.getString("status")).isEqualTo("READY");
    }

    @Test
    void video_isTranscodedToHls_andEverySegmentPlaysThroughItsSignedUrl_forItsOwnerOnly() throws Exception {
        Assumptions.assumeTrue(LocalTranscoder.ffmpegInstalled(), "ffmpeg is not installed: .ci/run installs it");
        Path mp4 = Files.createTempFile("tape-", ".mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc=duration=6:size=640x360:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=6", "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac",
                "-shortest", "-movflags", "+faststart", mp4.toString()).redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).isZero();
        String owner = TestTokens.newUser("talent");
        JsonPath asset = upload(owner, "video/mp4", Files.readAllBytes(mp4), Duration.ofSeconds(120));
        Files.delete(mp4);
        assertThat(asset.getString("status")).isEqualTo("READY");
        assertThat(asset.getLong("durationMs")).isBetween(5_900L, 6_200L);
        assertThat(asset.getInt("width")).isEqualTo(640);

        JsonPath playback = given().auth().oauth2(owner).get("/media/" + asset.getString("id") + "/playback")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> renditions = playback.getList("renditions");
        assertThat(renditions).extracting(r -> r.get("name")).containsExactly("360p");
        String playlist = (String) renditions.get(0).get("playlist");
        List<String> segments = playlist.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(playlist).startsWith("#EXTM3U").contains("#EXT-X-ENDLIST");
        assertThat(segments).hasSizeGreaterThanOrEqualTo(2).allMatch(url -> url.contains("X-Amz-Signature="));
        for (String segment : segments) {
            assertThat(get(segment)).hasSizeGreaterThan(1000);
        }
        assertThat(get(playback.getString("thumbnailUrl"))).hasSizeGreaterThan(1000);

        given().auth().oauth2(TestTokens.newUser("talent")).get("/media/" + asset.getString("id") + "/playback").then().statusCode(404);
        given().get("/media/" + asset.getString("id") + "/playback").then().statusCode(404);
    }

    /**
     * A headshot-like picture, the same for the same seed: nine vertical bands of clearly different
     * brightness, a gradient over them and a few ovals, so the difference hash has its own bits to
     * see. Bands matter: a plain gradient's hash is nearly all zeros, like any flat picture's, and
     * two unrelated pictures would look the same.
     */
    private static BufferedImage portrait(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int level = random.nextInt(6);
        for (int band = 0; band < 9; band++) {
            level = (level + 1 + random.nextInt(5)) % 6; // never the neighbour's level
            int grey = 20 + level * 45;
            g.setColor(new Color(grey, grey, grey));
            g.fillRect(band * width / 9, 0, width / 9 + 1, height);
        }
        // Dark to light, half transparent: never two close colours, whatever the bands.
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0x40), random.nextInt(0x40), random.nextInt(0x40), 0x60),
                width, height, new Color(0xC0 + random.nextInt(0x40), 0xC0 + random.nextInt(0x40), 0xC0 + random.nextInt(0x40), 0x60)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), width / 3, height / 3);
        }
        g.dispose();
        return image;
    }

    private static Object location(byte[] jpeg) throws Exception {
        GpsDirectory gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg)).getFirstDirectoryOfType(GpsDirectory.class);
        return gps == null ? null : gps.getGeoLocation();
    }

    /** A JPEG whose EXIF says where it was taken, as a phone's would. */
    private static byte[] jpegWithLocation(BufferedImage image) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(46.7111, 24.6877);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }
}
