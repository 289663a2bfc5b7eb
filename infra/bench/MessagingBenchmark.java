import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversations and their real-time frames against a running local cloud (`./slate run`): the demo
 * casting director opens a role, a new talent submits to it, the team opens the conversation about
 * the submission, and the talent's app listens on the WebSocket API.
 * 1. Push latency: N messages one at a time, each timed from the moment the API answered 201 (the
 *    message and its event are committed) to the talent's `message.posted` frame: p50, p99.
 * 2. Messages per second through the one conversation: both sides send from T threads at once;
 *    accepted per second, and end to end (until the last frame reached the talent's socket).
 * The per-account send limit (60 a minute) would throttle (2): start the cloud with
 * SLATE_MESSAGING_LIMITS_MESSAGES_PER_MINUTE=1000000 ./slate run to measure the path, not the limit.
 * JDK only: `./slate bench messaging [--samples 200] [--burst 1000] [--threads 8]`.
 */
public class MessagingBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\":\"([0-9a-f-]{36})\"");
    private static String url = "http://localhost:8080";

    public static void main(String[] args) throws Exception {
        int samples = 200;
        int burst = 1000;
        int threads = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--samples" -> samples = Integer.parseInt(args[i + 1]);
                case "--burst" -> burst = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String casting = login("casting@slate.local", "slate demo password");
        String project = field(call("POST", "/projects", casting, """
                {"title":"Bench Conversations","type":"FILM","locations":[{"city":"Leeds","country":"GB"}],"union":"MIXED","confidential":false}""", 201), "id");
        String role = field(call("POST", "/projects/" + project + "/roles", casting, """
                {"name":"Sam","kind":"SUPPORTING","description":"A friend.","playableAge":{"min":18,"max":60},"genders":[],"ethnicities":[],
                 "languages":["en"],"skills":[],"location":{"city":"Leeds","country":"GB"},"pay":{"paid":false},"union":"ANY",
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(Instant.now().plus(Duration.ofDays(5))), 201), "id");
        call("POST", "/roles/" + role + "/open", casting, null, 200);
        String email = "messaging-bench-" + UUID.randomUUID() + "@example.com";
        call("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"messaging bench passphrase\","
                + "\"displayName\":\"Bench Talent\",\"role\":\"talent\",\"dateOfBirth\":\"1990-01-01\"}", 201);
        String talent = login(email, "messaging bench passphrase");
        call("POST", "/talents/me", talent, """
                {"legalName":"Bench Talent","dateOfBirth":"1990-01-01","playableAge":{"min":28,"max":38},"gender":"FEMALE",
                 "location":{"city":"Leeds","country":"GB"},"union":{"status":"NON_UNION"},"published":true}""", 201);
        String item = field(call("POST", "/talents/me/portfolio", talent,
                "{\"kind\":\"HEADSHOT\",\"title\":\"Mine\",\"externalUrl\":\"https://img.example/m.jpg\"}", 201), "id");
        String submission = field(call("POST", "/roles/" + role + "/submissions", talent, "{\"portfolioItemIds\":[\"" + item + "\"]}", 201), "id");
        String conversation = field(call("POST", "/conversations", casting, "{\"submissionId\":\"" + submission + "\"}", 201), "id");

        Map<String, Long> arrived = new ConcurrentHashMap<>();
        WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url.replace("http", "ws") + "/realtime?token="
                + URLEncoder.encode(talent, StandardCharsets.UTF_8)), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                long now = System.nanoTime();
                partial.append(data);
                if (last) {
                    Matcher id = MESSAGE_ID.matcher(partial);
                    if (partial.indexOf("\"message.posted\"") >= 0 && id.find()) {
                        arrived.put(id.group(1), now);
                    }
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).join();

        send(casting, conversation, "warm-up");
        long[] latencies = new long[samples];
        for (int i = 0; i < samples; i++) {
            String id = send(casting, conversation, "Latency sample " + i);
            long committed = System.nanoTime();
            long deadline = committed + TimeUnit.SECONDS.toNanos(10);
            while (!arrived.containsKey(id) && System.nanoTime() < deadline) {
                Thread.sleep(0, 200_000);
            }
            Long at = arrived.get(id);
            latencies[i] = at == null ? Long.MAX_VALUE : Math.max(0, at - committed);
        }
        Arrays.sort(latencies);
        System.out.printf("commit -> WebSocket frame  n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms  missing %d%n", samples,
                latencies[samples / 2] / 1e6, latencies[(int) Math.ceil(samples * 0.99) - 1] / 1e6, latencies[samples - 1] / 1e6,
                Arrays.stream(latencies).filter(l -> l == Long.MAX_VALUE).count());

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            String from = i % 2 == 0 ? casting : talent;
            int n = i;
            sent.add(pool.submit(() -> send(from, conversation, "Burst message " + n)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> one : sent) {
            ids.add(one.get());
        }
        long accepted = System.nanoTime() - start;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!arrived.keySet().containsAll(ids) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long delivered = ids.stream().mapToLong(id -> arrived.getOrDefault(id, Long.MAX_VALUE)).max().orElse(start) - start;
        pool.shutdown();
        System.out.printf("burst of %d from %d threads, both sides: accepted %.0f messages/s (%.2f s), all frames at the talent %.0f messages/s (%.2f s)%n",
                burst, threads, burst / (accepted / 1e9), accepted / 1e9, burst / (delivered / 1e9), delivered / 1e9);
        String last = call("GET", "/conversations/" + conversation, talent, null, 200);
        System.out.println("conversation: lastSeq " + field(last, "lastSeq") + ", unread for the talent " + field(last, "unread"));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private static String send(String token, String conversation, String text) throws Exception {
        return field(call("POST", "/conversations/" + conversation + "/messages", token, "{\"text\":\"" + text + "\"}", 201), "id");
    }

    private static String login(String email, String password) throws Exception {
        return field(call("POST", "/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200), "accessToken");
    }

    private static String call(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
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
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
