package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.media.MediaFormat;
import app.slate.media.reads.MediaKeys;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Files as phones and cameras make them, made here with ImageMagick, exiftool and ffmpeg: photos
 * stored sideways or mirrored with an EXIF orientation (JPEG, WebP, HEIC), a place in their EXIF
 * or in a movie's metadata, a portrait phone video recorded as rotated landscape pixels, a HEIC at
 * a modern phone's size, and hostile files (damaged, a header claiming 30000×30000, a real
 * decompression bomb, a video without a picture, an encrypted PDF). Each row says what must come
 * of the input: final status, size as seen, orientation, an upright thumbnail, no place left in
 * what is kept, or the reason for the refusal. The table is printed for the README.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class MediaMatrixTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Inject
    S3Client s3;

    @ConfigProperty(name = "slate.media.bucket")
    String bucket;
    private static final String LATITUDE = "24.7136";
    private static Path work;

    /** What one input must become; null where the row does not say. */
    record Expect(String status, Integer width, Integer height, Integer orientation, boolean upright, boolean placeGone, String reason) {
        static Expect ready(int width, int height, int orientation) {
            return new Expect("READY", width, height, orientation, true, true, null);
        }

        static Expect rejected(String reason) {
            return new Expect("REJECTED", null, null, null, false, false, reason);
        }
    }

    record Row(String input, String contentType, Path file, Expect expect) {
    }

    @BeforeAll
    static void tools() throws IOException {
        for (String tool : List.of("convert", "exiftool", "ffmpeg", "heif-info")) {
            Assumptions.assumeTrue(installed(tool), tool + " is not installed: .ci/run installs it");
        }
        work = Files.createTempDirectory("media-matrix-");
    }

    @Test
    void everyKindOfDeviceFile_endsAsItShould() throws Exception {
        Path upright = picture("upright.png", 300, 200);
        List<Row> rows = new ArrayList<>();
        // The six turned or mirrored orientations (1 is upright), as a camera stores them, with a place.
        Map<Integer, String> stored = Map.of(2, "-flop", 3, "-rotate 180", 4, "-flip", 5, "-transpose", 6, "-rotate 270",
                7, "-transverse", 8, "-rotate 90");
        for (int orientation : List.of(2, 3, 5, 6, 7, 8)) {
            Path jpeg = tagged(convert(upright, "jpeg-" + orientation + ".jpg", stored.get(orientation).split(" ")), orientation);
            rows.add(new Row("JPEG, EXIF orientation " + orientation + ", GPS", "image/jpeg", jpeg, Expect.ready(300, 200, orientation)));
        }
        for (int orientation : List.of(6, 3)) {
            Path webp = tagged(convert(upright, "webp-" + orientation + ".webp", stored.get(orientation).split(" ")), orientation);
            rows.add(new Row("WebP, EXIF orientation " + orientation + ", GPS", "image/webp", webp, Expect.ready(300, 200, orientation)));
        }
        Path phoneSized = picture("phone.png", 4032, 3024);
        Path heic = tagged(convert(phoneSized, "phone.heic"), 1);
        rows.add(new Row("HEIC 4032×3024, GPS", "image/heic", heic, Expect.ready(4032, 3024, 1)));
        Path heicNoPlace = convert(upright, "no-place.heic");
        run("exiftool", "-q", "-overwrite_original", "-GPSAltitude=50", "-GPSAltitudeRef=0", heicNoPlace.toString());
        rows.add(new Row("HEIC, GPS block without coordinates", "image/heic", heicNoPlace,
                new Expect("READY", 300, 200, 1, true, true, null)));

        rows.add(new Row("portrait phone MOV (rotation 90, location)", "video/quicktime", video("portrait.mov", 90,
                "-metadata", "location=+" + LATITUDE + "+046.6753/"), new Expect("READY", 360, 640, 6, false, true, null)));
        rows.add(new Row("MP4 with Apple location keys", "video/mp4", video("apple.mp4", 0, "-movflags", "use_metadata_tags",
                "-metadata", "com.apple.quicktime.location.ISO6709=+" + LATITUDE + "+046.6753+010.000/"),
                new Expect("READY", 640, 360, 1, false, true, null)));
        rows.add(new Row("MP4 without a picture (sound only)", "video/mp4", soundOnly(), Expect.rejected("no video track")));

        rows.add(new Row("JPEG damaged after its header", "image/jpeg", damaged(convert(upright, "damaged.jpg")),
                Expect.rejected("could not be decoded")));
        rows.add(new Row("PNG whose header claims 30000×30000", "image/png", claiming(convert(upright, "claims.png"), 30000, 30000),
                Expect.rejected("30000×30000")));
        rows.add(new Row("PNG decompression bomb (12000×12000)", "image/png", bomb(), Expect.rejected("12000×12000")));
        Path flipped = convert(upright, "flipped.png", "-flip");
        Path animated = work.resolve("animated.webp");
        run("convert", "-delay", "20", upright.toString(), flipped.toString(), "-loop", "0", animated.toString());
        rows.add(new Row("animated WebP (two frames)", "image/webp", animated, Expect.rejected("animated")));
        rows.add(new Row("encrypted PDF", "application/pdf", pdf(true), Expect.rejected("encrypted")));
        rows.add(new Row("plain PDF", "application/pdf", pdf(false), new Expect("READY", null, null, null, false, false, null)));

        String owner = TestTokens.newUser("talent");
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| input | status | size as seen (stored) | orientation | thumbnail | place in kept file |\n"
                + "|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            JsonPath asset = MediaPipelineTest.upload(owner, row.contentType(), Files.readAllBytes(row.file()), PATIENCE);
            String actual = check(owner, row, asset, wrong);
            table.append(actual).append('\n');
        }
        System.out.println("Media matrix:\n" + table);
        assertThat(wrong).isEmpty();
    }

    /** Checks one row; answers its line of the table and adds what is wrong to {@code wrong}. */
    private String check(String owner, Row row, JsonPath asset, List<String> wrong) throws Exception {
        Expect expect = row.expect();
        String status = asset.getString("status");
        String reason = asset.getString("failureReason");
        expectEqual(wrong, row, "status", expect.status(), status);
        if (expect.reason() != null && (reason == null || !reason.contains(expect.reason()))) {
            wrong.add(row.input() + ": reason " + reason + " does not say " + expect.reason());
        }
        String size = asset.get("width") == null ? "–" : asset.getInt("width") + "×" + asset.getInt("height")
                + " (" + asset.getInt("pixelWidth") + "×" + asset.getInt("pixelHeight") + ")";
        String thumbnail = "–";
        String place = "–";
        if ("READY".equals(status)) {
            if (expect.width() != null) {
                expectEqual(wrong, row, "width", expect.width(), asset.get("width"));
                expectEqual(wrong, row, "height", expect.height(), asset.get("height"));
                expectEqual(wrong, row, "orientation", expect.orientation(), asset.get("orientation"));
            }
            JsonPath playback = given().auth().oauth2(owner).get("/media/" + asset.getString("id") + "/playback")
                    .then().statusCode(200).extract().jsonPath();
            if (playback.getString("thumbnailUrl") != null) {
                BufferedImage small = ImageIO.read(new ByteArrayInputStream(MediaPipelineTest.get(playback.getString("thumbnailUrl"))));
                boolean landscape = expect.width() == null || expect.width() >= expect.height();
                boolean shapeRight = landscape == small.getWidth() >= small.getHeight();
                boolean upright = !expect.upright() || quadrantsUpright(small);
                thumbnail = small.getWidth() + "×" + small.getHeight() + (!upright || !shapeRight ? ", WRONG"
                        : expect.upright() ? ", upright" : landscape ? ", landscape" : ", portrait");
                if (!upright || !shapeRight) {
                    wrong.add(row.input() + ": thumbnail " + thumbnail);
                }
            }
            if (expect.placeGone()) {
                byte[] kept = kept(asset, row.contentType());
                boolean gone = !placeIn(kept);
                place = gone ? "none" : "STILL THERE";
                if (!gone) {
                    wrong.add(row.input() + ": the kept file still says where it was made");
                }
                if (row.contentType().startsWith("image/") && !row.contentType().equals("image/heic")) {
                    expectEqual(wrong, row, "orientation kept in the file", expect.orientation(), orientationIn(kept));
                }
            }
        }
        return "| " + row.input() + " | " + status + (reason == null ? "" : ": " + reason) + " | " + size + " | "
                + (asset.get("orientation") == null ? "–" : asset.get("orientation")) + " | " + thumbnail + " | " + place + " |";
    }

    /** The original as Slate keeps it, read from the bucket: for a video, nothing serves it but the transcoder. */
    private byte[] kept(JsonPath asset, String contentType) {
        String key = MediaKeys.original(UUID.fromString(asset.getString("id")), MediaFormat.ofContentType(contentType).orElseThrow().extension());
        return s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray();
    }

    private static void expectEqual(List<String> wrong, Row row, String what, Object expected, Object actual) {
        if (expected != null && !String.valueOf(expected).equals(String.valueOf(actual))) {
            wrong.add(row.input() + ": " + what + " " + actual + ", expected " + expected);
        }
    }

    /** Red top left, green top right, blue bottom left, white bottom right, as {@link #picture} draws them. */
    private static boolean quadrantsUpright(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Color topLeft = new Color(image.getRGB(w / 4, h / 4));
        Color topRight = new Color(image.getRGB(3 * w / 4, h / 4));
        Color bottomLeft = new Color(image.getRGB(w / 4, 3 * h / 4));
        Color bottomRight = new Color(image.getRGB(3 * w / 4, 3 * h / 4));
        return topLeft.getRed() > 150 && topLeft.getGreen() < 100 && topRight.getGreen() > 150 && topRight.getRed() < 100
                && bottomLeft.getBlue() > 150 && bottomLeft.getRed() < 100 && bottomRight.getRed() > 200 && bottomRight.getBlue() > 200;
    }

    private static boolean placeIn(byte[] file) throws Exception {
        if (new String(file, StandardCharsets.ISO_8859_1).contains("+" + LATITUDE)) {
            return true;
        }
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length);
            for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
                if (gps.getGeoLocation() != null) {
                    return true;
                }
            }
        } catch (Exception notAnImage) {
            // A movie: its text was searched above.
        }
        return false;
    }

    private static Integer orientationIn(byte[] image) throws Exception {
        ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length)
                .getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer orientation = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return orientation == null ? 1 : orientation;
    }

    private static Path picture(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(Color.GREEN);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(Color.WHITE);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        Path file = work.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static Path convert(Path from, String name, String... operations) throws Exception {
        List<String> command = new ArrayList<>(List.of("convert", from.toString()));
        command.addAll(List.of(operations));
        Path to = work.resolve(name);
        command.add(to.toString());
        run(command.toArray(String[]::new));
        return to;
    }

    /** The orientation and a place, as a phone writes them (orientation 1 leaves the tag out). */
    private static Path tagged(Path file, int orientation) throws Exception {
        List<String> command = new ArrayList<>(List.of("exiftool", "-q", "-overwrite_original", "-n",
                "-GPSLatitude=" + LATITUDE, "-GPSLatitudeRef=N", "-GPSLongitude=46.6753", "-GPSLongitudeRef=E"));
        if (orientation != 1) {
            command.add("-Orientation=" + orientation);
        }
        command.add(file.toString());
        run(command.toArray(String[]::new));
        return file;
    }

    /**
     * Three seconds of 640×360 test picture and tone with the given options; a rotation is written as
     * a phone writes it, into the video track's matrix (exiftool), the pixels staying landscape.
     */
    private static Path video(String name, int rotation, String... options) throws Exception {
        Path file = work.resolve(name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "testsrc=duration=3:size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
                "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac", "-shortest"));
        command.addAll(List.of(options));
        command.add(file.toString());
        run(command.toArray(String[]::new));
        if (rotation != 0) {
            run("exiftool", "-q", "-overwrite_original", "-Rotation=" + rotation, file.toString());
        }
        return file;
    }

    private static Path soundOnly() throws Exception {
        Path file = work.resolve("sound.mp4");
        run("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac", file.toString());
        return file;
    }

    /** Its size intact, its first Huffman table scrambled: the picture cannot be decoded. */
    private static Path damaged(Path jpeg) throws IOException {
        byte[] bytes = Files.readAllBytes(jpeg);
        for (int at = 2; at + 25 < bytes.length; at++) {
            if ((bytes[at] & 0xFF) == 0xFF && (bytes[at + 1] & 0xFF) == 0xC4) {
                Arrays.fill(bytes, at + 5, at + 25, (byte) 0xFF);
                break;
            }
        }
        Files.write(jpeg, bytes);
        return jpeg;
    }

    /** A real PNG whose IHDR is rewritten to claim another size (its CRC made right again). */
    private static Path claiming(Path png, int width, int height) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        ByteBuffer.wrap(bytes, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 17);
        ByteBuffer.wrap(bytes, 29, 4).putInt((int) crc.getValue());
        Files.write(png, bytes);
        return png;
    }

    /** A valid 12000×12000 black-and-white PNG of a few kilobytes that would decode to 144 megapixels. */
    private static Path bomb() throws IOException {
        int side = 12000;
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            byte[] line = new byte[1 + side / 8];
            for (int y = 0; y < side; y++) {
                deflate.write(line);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        new DataOutputStream(header).writeInt(side);
        new DataOutputStream(header).writeInt(side);
        header.write(new byte[] {1, 0, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        Path file = work.resolve("bomb.png");
        Files.write(file, png.toByteArray());
        return file;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static Path pdf(boolean encrypted) throws IOException {
        Path file = work.resolve(encrypted ? "locked.pdf" : "plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", "", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }

    private static boolean installed(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
