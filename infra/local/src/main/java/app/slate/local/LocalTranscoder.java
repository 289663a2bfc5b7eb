package app.slate.local;

import app.slate.platform.http.webhook.TimestampedSignature;
import app.slate.standins.CommandLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Plays the transcoding provider in the local cloud, with ffmpeg: it takes Slate's job, reads
 * the source through its signed URL, writes real HLS (one H.264 rendition per rung of the ladder
 * that fits the source, four-second segments, a master playlist) and a thumbnail into the
 * bucket, and calls back signed exactly as a provider would. Jobs run one at a time; a repeated
 * job reference while one runs is ignored, as a provider's idempotency key would be.
 * Where ffmpeg is not installed it says so and the video stays processing.
 */
@ApplicationScoped
public class LocalTranscoder {

    private static final Logger LOG = Logger.getLogger(LocalTranscoder.class);

    private final S3Client s3;
    private final ObjectMapper json;
    private final String secret;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "local-transcoder");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newHttpClient();

    public LocalTranscoder(S3Client s3, ObjectMapper json,
                           @ConfigProperty(name = "slate.transcode.callback-secrets") List<String> secrets) {
        this.s3 = s3;
        this.json = json;
        this.secret = secrets.get(0);
    }

    public static boolean ffmpegInstalled() {
        try {
            return new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void submit(JsonNode job) {
        String reference = job.path("jobReference").asText();
        if (!ffmpegInstalled()) {
            LOG.warnf("ffmpeg is not installed, so the local transcoder cannot make HLS: video %s stays processing. "
                    + "Install it (apt-get install ffmpeg) and upload again.", reference);
            return;
        }
        if (running.add(reference)) {
            worker.submit(() -> {
                try {
                    transcode(job);
                } finally {
                    running.remove(reference);
                }
            });
        }
    }

    private void transcode(JsonNode job) {
        String reference = job.path("jobReference").asText();
        Path work = null;
        try {
            work = Files.createTempDirectory("transcode-");
            Path source = work.resolve("source");
            try (InputStream in = http.send(HttpRequest.newBuilder(URI.create(job.path("sourceUrl").asText())).build(),
                    HttpResponse.BodyHandlers.ofInputStream()).body()) {
                Files.copy(in, source);
            }
            int[] size = probe(source);
            ObjectNode callback = json.createObjectNode().put("eventId", UUID.randomUUID().toString())
                    .put("jobReference", reference).put("status", "COMPLETED")
                    .put("masterPlaylist", "master.m3u8").put("thumbnail", "thumbnail.jpg");
            StringBuilder master = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n");
            for (JsonNode rung : rungs(job, size[1])) {
                String name = rung.path("name").asText();
                int height = Math.min(rung.path("height").asInt(), size[1] - size[1] % 2);
                int width = (int) Math.round(size[0] * (double) height / size[1] / 2) * 2;
                long bitrate = rung.path("videoBitrate").asLong();
                Files.createDirectories(work.resolve(name));
                ffmpeg(work, "-i", "source", "-vf", "scale=" + width + ":" + height, "-c:v", "libx264", "-preset", "veryfast",
                        "-b:v", Long.toString(bitrate), "-force_key_frames", "expr:gte(t,n_forced*4)", "-c:a", "aac", "-b:a", "128k", "-f", "hls", "-hls_time", "4",
                        "-hls_playlist_type", "vod", "-hls_segment_filename", name + "/segment-%03d.ts", name + "/index.m3u8");
                long bandwidth = bitrate + 128_000;
                master.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(bandwidth).append(",RESOLUTION=").append(width).append('x')
                        .append(height).append('\n').append(name).append("/index.m3u8\n");
                callback.withArray("renditions").addObject().put("name", name).put("playlist", name + "/index.m3u8")
                        .put("width", width).put("height", height).put("bandwidth", bandwidth);
            }
            Files.writeString(work.resolve("master.m3u8"), master.toString());
            // At most 360 high, never more than the video itself.
            ffmpeg(work, "-ss", "0", "-i", "source", "-frames:v", "1", "-vf", "scale=-2:min(360\\,ih)", "thumbnail.jpg");
            Files.delete(source);
            upload(work, job.path("outputBucket").asText(), job.path("outputPrefix").asText());
            callBack(job.path("callbackUrl").asText(), callback);
        } catch (Exception e) {
            LOG.warnf(e, "Local transcoding of %s failed", reference);
            callBack(job.path("callbackUrl").asText(), json.createObjectNode().put("eventId", UUID.randomUUID().toString())
                    .put("jobReference", reference).put("status", "FAILED")
                    .put("reason", "ffmpeg could not transcode this file: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        } finally {
            deleteQuietly(work);
        }
    }

    /** The ladder's rungs that do not upscale, or the lowest rung (at the source's height) when none fits. */
    private static List<JsonNode> rungs(JsonNode job, int sourceHeight) {
        List<JsonNode> fitting = new ArrayList<>();
        JsonNode lowest = null;
        for (JsonNode rung : job.path("renditions")) {
            if (rung.path("height").asInt() <= sourceHeight) {
                fitting.add(rung);
            }
            if (lowest == null || rung.path("height").asInt() < lowest.path("height").asInt()) {
                lowest = rung;
            }
        }
        return fitting.isEmpty() && lowest != null ? List.of(lowest) : fitting;
    }

    /**
     * The first video stream's size as seen: a phone's portrait video stores landscape pixels and a
     * display matrix (side data) or an older rotate tag; ffmpeg turns the picture when it transcodes,
     * so the renditions are sized after the turn.
     */
    private int[] probe(Path source) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=width,height:stream_side_data=rotation:stream_tags=rotate", "-of", "json", source.toString())
                .redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode stream = probe.waitFor() == 0 ? json.readTree(out).path("streams").path(0) : json.missingNode();
        int width = stream.path("width").asInt();
        int height = stream.path("height").asInt();
        if (width <= 0 || height <= 0) {
            throw new IOException("ffprobe found no video stream: " + out.strip());
        }
        int rotation = stream.path("tags").path("rotate").asInt(0);
        for (JsonNode side : stream.path("side_data_list")) {
            rotation = side.path("rotation").asInt(rotation);
        }
        boolean quarter = Math.abs(rotation) % 180 == 90;
        return quarter ? new int[] {height, width} : new int[] {width, height};
    }

    private static void ffmpeg(Path work, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error"));
        command.addAll(List.of(arguments));
        Process ffmpeg = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ffmpeg.waitFor(10, TimeUnit.MINUTES) || ffmpeg.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + out);
        }
    }

    private void upload(Path work, String bucket, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = work.relativize(file).toString().replace('\\', '/');
                String type = name.endsWith(".m3u8") ? "application/vnd.apple.mpegurl" : name.endsWith(".ts") ? "video/mp2t" : "image/jpeg";
                s3.putObject(put -> put.bucket(bucket).key(prefix + name).contentType(type), RequestBody.fromFile(file));
            }
        }
    }

    /**
     * Delivers the callback as a provider does: signed, and again after a pause while the answer is a
     * conflict, a throttle or a server error (Slate answers 409 to a callback that arrives before the
     * ingest has recorded the job), up to five times in all.
     */
    private void callBack(String url, ObjectNode callback) {
        String reference = callback.path("jobReference").asText();
        for (int attempt = 1; attempt <= 5; attempt++) {
            try {
                String body = json.writeValueAsString(callback);
                String timestamp = Long.toString(Instant.now().getEpochSecond());
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .header("X-Transcode-Timestamp", timestamp)
                        .header("X-Transcode-Signature", TimestampedSignature.sign(secret, timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                LOG.infof("Transcode callback for %s (attempt %d): %d %s", reference, attempt, answer.statusCode(), answer.body());
                int status = answer.statusCode();
                if (status < 500 && status != 409 && status != 429) {
                    return;
                }
            } catch (Exception e) {
                LOG.warnf(e, "Transcode callback to %s failed (attempt %d)", url, attempt);
            }
            try {
                Thread.sleep(1000L << (attempt - 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }


    private static void deleteQuietly(Path work) {
        try {
            if (work != null) {
                CommandLine.deleteTree(work);
            }
        } catch (IOException e) {
            LOG.debugf(e, "Leaving %s behind", work);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        worker.shutdownNow();
    }
}
