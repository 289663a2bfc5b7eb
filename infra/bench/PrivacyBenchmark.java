import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * How long an export and an erasure take for a person with many media items, against a running
 * local cloud: a new talent with a profile uploads N items (photos, and every tenth a 5-second
 * 720p video, which the local transcoder turns into HLS renditions and segments), then asks for
 * an export (timed from the request to READY, with the ZIP's size), then the demo admin orders
 * their erasure (timed from the order to the signed receipt, with the objects it deleted).
 * JDK only (and ffmpeg for the videos): `./slate bench privacy [--items 50]`.
 */
public class PrivacyBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "privacy bench passphrase";
    private static String url = "http://localhost:8080";

    public static void main(String[] args) throws Exception {
        int items = 50;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--items" -> items = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String email = "privacy-bench-" + UUID.randomUUID() + "@example.com";
        call("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Bench\","
                + "\"role\":\"talent\",\"dateOfBirth\":\"1990-01-01\"}", 201);
        String token = field(call("POST", "/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", 200), "accessToken");
        String account = field(call("GET", "/me", token, null, 200), "id");
        call("POST", "/talents/me", token, """
                {"legalName":"Privacy Bench","dateOfBirth":"1990-01-01","playableAge":{"min":28,"max":38},"gender":"FEMALE",
                 "location":{"city":"Leeds","country":"GB"},"union":{"status":"NON_UNION"},"published":true}""", 201);

        byte[] video = video();
        long uploadStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> uploads = new ArrayList<>();
        long videos = 0;
        for (int i = 0; i < items; i++) {
            boolean isVideo = video != null && i % 10 == 9;
            videos += isVideo ? 1 : 0;
            int seed = i;
            uploads.add(pool.submit(() -> isVideo ? upload(token, "video/mp4", video) : upload(token, "image/jpeg", photo(seed))));
        }
        long bytes = 0;
        for (Future<Long> upload : uploads) {
            bytes += upload.get();
        }
        pool.shutdown();
        System.out.printf("person with %d media items (%d videos with HLS renditions), %.1f MB, uploaded and ready in %.1f s%n",
                items, videos, bytes / 1e6, (System.nanoTime() - uploadStart) / 1e9);

        long exportStart = System.nanoTime();
        String export = field(call("POST", "/me/exports", token, null, 202), "id");
        String exports = call("GET", "/me/exports", token, null, 200);
        while (!exports.contains("\"status\":\"READY\"")) {
            if (System.nanoTime() - exportStart > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("export " + export + " not ready after 10 minutes: " + exports);
            }
            Thread.sleep(100);
            exports = call("GET", "/me/exports", token, null, 200);
        }
        System.out.printf("export: requested -> READY in %.2f s, ZIP %.1f MB (JSON per area and every original)%n",
                (System.nanoTime() - exportStart) / 1e9, Long.parseLong(field(exports, "sizeBytes")) / 1e6);

        String admin = field(call("POST", "/auth/login", null, "{\"email\":\"admin@slate.local\",\"password\":\"slate demo password\"}", 200),
                "accessToken");
        long erasureStart = System.nanoTime();
        String request = field(call("POST", "/admin/accounts/" + account + "/erasure", admin, null, 202), "id");
        String receipt = call("GET", "/erasures/" + request + "/receipt", null, null, 200);
        while (!receipt.contains("\"signature\"")) {
            if (System.nanoTime() - erasureStart > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException("erasure " + request + " not done after 10 minutes: " + receipt);
            }
            Thread.sleep(100);
            receipt = call("GET", "/erasures/" + request + "/receipt", null, null, 200);
        }
        // The receipt's line for the media bucket, its keys in whatever order the database keeps them.
        Matcher line = Pattern.compile("\\{[^{}]*\"s3:media\"[^{}]*\\}").matcher(receipt);
        String objects = line.find() ? field(line.group(), "count") : "?";
        System.out.printf("erasure: ordered -> signed receipt in %.2f s, %s media objects deleted from S3, %d receipt lines%n",
                (System.nanoTime() - erasureStart) / 1e9, objects, receipt.split("\"store\"").length - 1);
    }

    /** Bytes the asset measured, once READY. */
    private static long upload(String token, String type, byte[] bytes) throws Exception {
        String signed = call("POST", "/media/uploads", token, "{\"contentType\":\"" + type + "\",\"sizeBytes\":" + bytes.length + "}", 201);
        String asset = field(signed, "assetId");
        String putUrl = field(signed, "url").replace("\\u0026", "&");
        int put = HTTP.send(HttpRequest.newBuilder(URI.create(putUrl)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (put != 200) {
            throw new IllegalStateException("PUT answered " + put);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String view = call("GET", "/media/" + asset, token, null, 200);
            if (view.contains("\"status\":\"READY\"")) {
                return Long.parseLong(field(view, "sizeBytes"));
            }
            if (view.contains("\"status\":\"REJECTED\"") || view.contains("\"status\":\"FAILED\"")) {
                throw new IllegalStateException("asset " + asset + " did not make it: " + view);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("asset " + asset + " not ready");
    }

    /** A 1600×1200 photo of noise: about 1.5 MB of JPEG that compresses like a real one does not. */
    private static byte[] photo(long seed) throws Exception {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 1600; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] video() throws Exception {
        Path mp4 = Files.createTempFile("privacy-bench-", ".mp4");
        try {
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=duration=5:size=1280x720:rate=30",
                    "-f", "lavfi", "-i", "sine=frequency=440:duration=5", "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac", "-shortest",
                    mp4.toString()).inheritIO().start();
            return ffmpeg.waitFor() == 0 ? Files.readAllBytes(mp4) : null;
        } catch (java.io.IOException noFfmpeg) {
            System.out.println("ffmpeg is not installed: photos only");
            return null;
        } finally {
            Files.deleteIfExists(mp4);
        }
    }

    private static String call(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}\\]]+)\"?").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
