package app.slate.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Authentica's Nafath service, played locally at its HTTP boundary, and the person's Nafath app.
 * {@code POST /api/v2/verify-by-nafath} ({@code X-Authorization}: the API key; {@code national_id})
 * answers the {@code TransactionId} and the {@code Code} the person must choose; the "app" lists a
 * national ID's open requests with three numbers to choose from ({@code GET /nafath/requests}) and
 * takes the choice ({@code POST /nafath/requests/{transaction}} {@code {"number": "NN"}}): the right
 * number completes it, another rejects it, and Authentica's webhook goes to the URL set for it
 * ({@code POST /control/webhook} {@code {"url", "password"}}, as an operator sets it in
 * Authentica's portal) with {@code TransactionId}, {@code NationalId}, {@code Status} and
 * {@code Password}. An unanswered request expires after three minutes, like Nafath's.
 */
public final class AuthenticaStandIn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AuthenticaStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(3);
    private static final Pattern ANSWER = Pattern.compile("/nafath/requests/([0-9a-f-]{36})");

    private record Pending(String transactionId, String nationalId, String code, List<String> choices, Instant expiresAt) {
    }

    private final HttpServer server;
    private final String apiKey = "authentica-local-" + UUID.randomUUID();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile String webhookUrl;
    private volatile String webhookPassword;

    private AuthenticaStandIn(HttpServer server) {
        this.server = server;
    }

    static AuthenticaStandIn start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.free()), 0);
        AuthenticaStandIn authentica = new AuthenticaStandIn(server);
        server.createContext("/", authentica::handle);
        server.start();
        return authentica;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String apiKey() {
        return apiKey;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher answer = ANSWER.matcher(path);
            if (method.equals("POST") && path.equals("/api/v2/verify-by-nafath")) {
                start(exchange);
            } else if (method.equals("GET") && path.equals("/nafath/requests")) {
                JsonAnswers.answer(exchange, 200, open(query(exchange, "national_id")));
            } else if (method.equals("POST") && answer.matches()) {
                choose(exchange, answer.group(1));
            } else if (method.equals("POST") && path.equals("/control/webhook")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                webhookUrl = body.path("url").asText(null);
                webhookPassword = body.path("password").asText(null);
                JsonAnswers.answer(exchange, 204, null);
            } else {
                JsonAnswers.answer(exchange, 404, message("Not found."));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "The Authentica stand-in failed a request");
        }
    }

    private void start(HttpExchange exchange) throws IOException {
        if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-Authorization"))) {
            JsonAnswers.answer(exchange, 401, message("Unauthenticated."));
            return;
        }
        String nationalId = JSON.readTree(exchange.getRequestBody()).path("national_id").asText("");
        if (!nationalId.matches("[12][0-9]{9}")) {
            ObjectNode refused = message("The national id field must be 10 digits.");
            refused.putObject("errors").putArray("national_id").add("The national id field must be 10 digits.");
            JsonAnswers.answer(exchange, 422, refused);
            return;
        }
        String code = String.format("%02d", 10 + RANDOM.nextInt(90));
        List<String> choices = new ArrayList<>(List.of(code));
        while (choices.size() < 3) {
            String other = String.format("%02d", 10 + RANDOM.nextInt(90));
            if (!choices.contains(other)) {
                choices.add(RANDOM.nextInt(choices.size() + 1), other);
            }
        }
        Pending request = new Pending(UUID.randomUUID().toString(), nationalId, code, choices, Instant.now().plus(REQUEST_LIFETIME));
        pending.put(request.transactionId(), request);
        ObjectNode started = JSON.createObjectNode();
        started.put("TransactionId", request.transactionId());
        started.put("Code", code);
        started.put("Message", "Request sent to the Nafath app; choose the number shown.");
        JsonAnswers.answer(exchange, 200, started);
    }

    private ObjectNode open(String nationalId) {
        ObjectNode list = JSON.createObjectNode();
        ArrayNode requests = list.putArray("requests");
        expire();
        pending.values().stream().filter(p -> nationalId == null || p.nationalId().equals(nationalId)).forEach(p -> {
            ObjectNode request = requests.addObject();
            request.put("transactionId", p.transactionId());
            request.put("expiresAt", p.expiresAt().toString());
            p.choices().forEach(request.putArray("choices")::add);
        });
        return list;
    }

    private void choose(HttpExchange exchange, String transactionId) throws IOException {
        expire();
        Pending request = pending.remove(transactionId);
        if (request == null) {
            JsonAnswers.answer(exchange, 404, message("No open Nafath request has this transaction."));
            return;
        }
        String status = request.code().equals(JSON.readTree(exchange.getRequestBody()).path("number").asText()) ? "COMPLETED" : "REJECTED";
        int delivered = deliver(request, status);
        ObjectNode outcome = JSON.createObjectNode().put("status", status).put("webhookStatus", delivered);
        JsonAnswers.answer(exchange, 200, outcome);
    }

    /** Requests left unanswered past their lifetime end as EXPIRED, and Authentica says so. */
    private void expire() {
        Instant now = Instant.now();
        pending.values().stream().filter(p -> p.expiresAt().isBefore(now)).toList().forEach(p -> {
            if (pending.remove(p.transactionId()) != null) {
                deliver(p, "EXPIRED");
            }
        });
    }

    private int deliver(Pending request, String status) {
        if (webhookUrl == null) {
            LOG.warnf("No Nafath webhook is set at the Authentica stand-in; transaction %s ended %s", request.transactionId(), status);
            return 0;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("TransactionId", request.transactionId());
        body.put("NationalId", request.nationalId());
        body.put("Status", status);
        body.put("Password", webhookPassword);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(webhookUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warnf("The Nafath webhook at %s could not be reached: %s", webhookUrl, e.getMessage());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static ObjectNode message(String text) {
        return JSON.createObjectNode().put("message", text);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
