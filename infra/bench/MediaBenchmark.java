import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Measures the media pipeline against a running local cloud: signing an upload URL
 * (POST /media/uploads), and the time from the end of a PUT to a verified asset for a 5 MB
 * image (media-ingest alone) and for a 10-second 720p video (media-ingest, then the local ffmpeg
 * transcoder and its signed callback). Bytes read per ingest are the asset's measured size:
 * media-ingest reads each upload exactly once. JDK only: `./slate bench media`.
 *
 * Options: --url http://localhost:8080  --requests 500  --warmup 50  --runs 5
 */
public class MediaBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String url;

    public static void main(String[] args) throws Exception {
        url = option(args, "url", "http://localhost:8080");
        int requests = Integer.parseInt(option(args, "requests", "500"));
        int warmup = Integer.parseInt(option(args, "warmup", "50"));
        int runs = Integer.parseInt(option(args, "runs", "5"));
        String token = newTalent();

        long[] signing = new long[requests];
        for (int i = -warmup; i < requests; i++) {
            long t0 = System.nanoTime();
            call("POST", "/media/uploads", token, "{\"contentType\":\"image/png\",\"sizeBytes\":1000}", 201);
            if (i >= 0) {
                signing[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(signing);
        System.out.printf("POST /media/uploads, %d requests after %d warm-up, 1 client: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                requests, warmup, ms(signing, 0.5), ms(signing, 0.9), ms(signing, 0.99));

        // Each run its own token: the quota (2 GiB) counts every upload.
        long[] image = new long[runs];
        String imageSize = "";
        for (int i = 0; i < runs; i++) {
            byte[] png = noisePng(1300, 1300, i);
            long[] result = ingest(newTalent(), "image/png", png, Duration.ofSeconds(60));
            image[i] = result[0];
            imageSize = result[1] + " bytes read";
        }
        Arrays.sort(image);
        System.out.printf("5 MB PNG, %d runs: PUT done -> READY p50 %.0f ms (max %.0f ms); %s per ingest%n",
                runs, ms(image, 0.5), image[runs - 1] / 1e6, imageSize);

        Path mp4 = Files.createTempFile("bench-", ".mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i", "testsrc2=duration=10:size=1280x720:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=10", "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac",
                "-shortest", mp4.toString()).inheritIO().start();
        if (ffmpeg.waitFor() != 0) {
            System.out.println("ffmpeg is not installed: no video figure");
            return;
        }
        byte[] video = Files.readAllBytes(mp4);
        Files.delete(mp4);
        long[] transcoded = new long[runs];
        for (int i = 0; i < runs; i++) {
            transcoded[i] = ingest(newTalent(), "video/mp4", video, Duration.ofMinutes(5))[0];
        }
        Arrays.sort(transcoded);
        System.out.printf("10 s 720p MP4 (%d bytes), %d runs: PUT done -> READY (ingest + HLS 720p/360p + callback) p50 %.0f ms%n",
                video.length, runs, ms(transcoded, 0.5));
    }

    /** [nanoseconds from the end of the PUT to READY, bytes the asset measured]. */
    private static long[] ingest(String token, String type, byte[] bytes, Duration patience) throws Exception {
        String signed = call("POST", "/media/uploads", token, "{\"contentType\":\"" + type + "\",\"sizeBytes\":" + bytes.length + "}", 201);
        String asset = field(signed, "assetId");
        String putUrl = field(signed, "url").replace("\\u0026", "&");
        int put = HTTP.send(HttpRequest.newBuilder(URI.create(putUrl)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (put != 200) {
            throw new IllegalStateException("PUT answered " + put);
        }
        long t0 = System.nanoTime();
        long deadline = t0 + patience.toNanos();
        while (System.nanoTime() < deadline) {
            String view = call("GET", "/media/" + asset, token, null, 200);
            if (view.contains("\"status\":\"READY\"")) {
                return new long[] {System.nanoTime() - t0, Long.parseLong(field(view, "sizeBytes"))};
            }
            if (view.contains("\"status\":\"REJECTED\"") || view.contains("\"status\":\"FAILED\"")) {
                throw new IllegalStateException("asset " + asset + " did not make it: " + view);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("asset " + asset + " not ready after " + patience);
    }

    private static byte[] noisePng(int width, int height, long seed) throws Exception {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String newTalent() throws Exception {
        String email = "media-bench-" + UUID.randomUUID() + "@example.com";
        call("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"media bench passphrase\",\"displayName\":\"Bench\","
                + "\"role\":\"talent\",\"dateOfBirth\":\"1990-01-01\"}", 201);
        return field(call("POST", "/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"media bench passphrase\"}", 200), "accessToken");
    }

    private static String call(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
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
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--" + name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
