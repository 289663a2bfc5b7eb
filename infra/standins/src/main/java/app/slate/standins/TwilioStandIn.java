package app.slate.standins;

import static app.slate.standins.JsonAnswers.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Twilio's Messaging API as an application sees it, for two accounts (Slate's primary and fallback
 * routes): {@code POST /2010-04-01/Accounts/{sid}/Messages.json} with basic auth and a form
 * ({@code To}, {@code From} or {@code MessagingServiceSid}, {@code Body}, {@code StatusCallback})
 * answers 201 with Twilio's message resource, or Twilio's error JSON (20003 bad credentials, 21211
 * invalid number, 21614 not a mobile number for the magic test number +15005550009, 21602 no body,
 * 21617 too long). Each accepted message then gets status callbacks, {@code sent} and {@code delivered},
 * signed with {@code X-Twilio-Signature} as Twilio signs them. {@code POST /control/outage} with
 * {@code accountSid} and {@code failures} makes that account answer 503 that many times: a route
 * that is down. {@code GET /store} lists what was accepted. JDK only.
 */
final class TwilioStandIn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TwilioStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** One Twilio account: its SID and auth token. */
    record Account(String sid, String token) {
        static Account make() {
            return new Account("AC" + hex(16), hex(16));
        }
    }

    private final HttpServer server;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> outages = new ConcurrentHashMap<>();
    private final List<ObjectNode> messages = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService callbacks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "twilio-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    private TwilioStandIn(HttpServer server, Account primary, Account fallback) {
        this.server = server;
        accounts.put(primary.sid(), primary);
        accounts.put(fallback.sid(), fallback);
    }

    static TwilioStandIn start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.free()), 0);
        TwilioStandIn twilio = new TwilioStandIn(server, Account.make(), Account.make());
        server.createContext("/", twilio::handle);
        server.start();
        return twilio;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Account primary() {
        return accounts.values().stream().findFirst().orElseThrow();
    }

    Account fallback() {
        return accounts.values().stream().skip(1).findFirst().orElseThrow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.matches("/2010-04-01/Accounts/[^/]+/Messages\\.json")) {
                create(exchange, path.split("/")[3]);
            } else if (method.equals("POST") && path.equals("/control/outage")) {
                Map<String, String> form = form(exchange);
                outages.put(form.get("accountSid"), new AtomicInteger(Integer.parseInt(form.getOrDefault("failures", "1"))));
                answer(exchange, 204, null);
            } else if (method.equals("GET") && path.equals("/store")) {
                ArrayNode all = JSON.createArrayNode();
                messages.forEach(all::add);
                answer(exchange, 200, JSON.createObjectNode().set("messages", all));
            } else {
                answer(exchange, 404, error(20404, "The requested resource " + path + " was not found", 404));
            }
        }
    }

    private void create(HttpExchange exchange, String sid) throws IOException {
        Account account = accounts.get(sid);
        String expected = account == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((sid + ":" + account.token()).getBytes(StandardCharsets.UTF_8));
        if (account == null || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, error(20003, "Authenticate", 401));
            return;
        }
        AtomicInteger outage = outages.get(sid);
        if (outage != null && outage.getAndDecrement() > 0) {
            answer(exchange, 503, error(20503, "Service Unavailable", 503));
            return;
        }
        Map<String, String> form = form(exchange);
        String to = form.getOrDefault("To", "");
        String body = form.getOrDefault("Body", "");
        String sender = form.getOrDefault("MessagingServiceSid", form.get("From"));
        if (!to.matches("\\+[1-9][0-9]{7,14}")) {
            answer(exchange, 400, error(21211, "The 'To' number " + to + " is not a valid phone number.", 400));
        } else if (to.equals("+15005550009")) {
            answer(exchange, 400, error(21614, "'To' number is not a valid mobile number", 400));
        } else if (sender == null) {
            answer(exchange, 400, error(21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message", 400));
        } else if (body.isBlank()) {
            answer(exchange, 400, error(21602, "Message body is required.", 400));
        } else if (body.length() > 1600) {
            answer(exchange, 400, error(21617, "The concatenated message body exceeds the 1600 character limit.", 400));
        } else {
            ObjectNode message = message(sid, to, sender, body);
            messages.add(message);
            answer(exchange, 201, message);
            String callback = form.get("StatusCallback");
            if (callback != null) {
                callbacks.schedule(() -> report(account, message, callback, "sent"), 50, TimeUnit.MILLISECONDS);
                callbacks.schedule(() -> report(account, message, callback, "delivered"), 150, TimeUnit.MILLISECONDS);
            }
        }
    }

    private ObjectNode message(String sid, String to, String sender, String body) {
        String messageSid = "SM" + hex(16);
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(RFC_2822);
        ObjectNode message = JSON.createObjectNode().put("account_sid", sid).put("api_version", "2010-04-01").put("body", body)
                .put("date_created", now).put("date_updated", now).putNull("date_sent").put("direction", "outbound-api")
                .putNull("error_code").putNull("error_message").put("num_media", "0")
                .put("num_segments", Integer.toString(segments(body))).put("sid", messageSid).put("to", to)
                .put("uri", "/2010-04-01/Accounts/" + sid + "/Messages/" + messageSid + ".json");
        if (sender.startsWith("MG")) {
            message.put("messaging_service_sid", sender).putNull("from").put("status", "accepted");
        } else {
            message.putNull("messaging_service_sid").put("from", sender).put("status", "queued");
        }
        return message;
    }

    /** GSM-7 fits 160 characters in one segment (153 when split); anything else is UCS-2, 70 (67). */
    private static int segments(String body) {
        boolean gsm = body.chars().allMatch(c -> c < 128);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return body.length() <= single ? 1 : (body.length() + part - 1) / part;
    }

    private void report(Account account, ObjectNode message, String callback, String status) {
        Map<String, String> fields = new TreeMap<>(Map.of("AccountSid", account.sid(), "ApiVersion", "2010-04-01",
                "MessageSid", message.path("sid").asText(), "SmsSid", message.path("sid").asText(), "MessageStatus", status,
                "SmsStatus", status, "To", message.path("to").asText(), "From", message.path("from").asText(
                        message.path("messaging_service_sid").asText(""))));
        String form = fields.entrySet().stream().map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            http.send(HttpRequest.newBuilder(URI.create(callback)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", signature(account.token(), callback, fields))
                    .header("I-Twilio-Idempotency-Token", hex(16))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            message.put("status", status);
        } catch (IOException | RuntimeException e) {
            LOG.debugf("status callback to %s failed: %s", callback, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** As Twilio signs: HMAC-SHA1 with the auth token over the URL and each parameter's name and value, sorted. */
    static String signature(String token, String url, Map<String, String> fields) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static ObjectNode error(int code, String message, int status) {
        return JSON.createObjectNode().put("code", code).put("message", message)
                .put("more_info", "https://www.twilio.com/docs/errors/" + code).put("status", status);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
        server.stop(0);
    }
}
