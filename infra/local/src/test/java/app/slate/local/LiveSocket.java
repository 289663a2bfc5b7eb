package app.slate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An app's WebSocket to the local cloud, through the JDK's own client exactly as to API Gateway's
 * wss:// URL: the access token as the {@code token} query parameter, JSON frames each way. Frames
 * are kept with the moment they arrived, so a test can say how long one took.
 */
final class LiveSocket implements AutoCloseable {

    /** A frame and when it arrived (System.nanoTime()). */
    record Frame(JsonNode json, long arrivedNanos) {

        String type() {
            return json.path("type").asText();
        }

        JsonNode data() {
            return json.path("data");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkedBlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private LiveSocket(String token) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri(token), new Listener()).join();
    }

    /** Opens a connection with this access token; fails as the upgrade fails (401 for a bad token). */
    static LiveSocket open(String token) {
        return new LiveSocket(token);
    }

    static URI uri(String token) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return URI.create("ws://localhost:" + port + LocalWebSockets.STAGE_PATH
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    /** The type of every frame received so far, awaited or not. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame that matches, within {@code patience}; frames before it that do not match are dropped. */
    Frame await(Predicate<Frame> wanted, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Frame next = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        throw new AssertionError("no such frame within " + patience);
    }

    /** The next frame of {@code type}. */
    Frame await(String type, Duration patience) throws InterruptedException {
        return await(frame -> frame.type().equals(type), patience);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long arrived = System.nanoTime();
            partial.append(data);
            if (last) {
                try {
                    Frame frame = new Frame(JSON.readTree(partial.toString()), arrived);
                    seen.add(frame.type());
                    frames.add(frame);
                } catch (java.io.IOException notJson) {
                    frames.add(new Frame(JSON.createObjectNode().put("type", "unreadable").put("text", partial.toString()), arrived));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
