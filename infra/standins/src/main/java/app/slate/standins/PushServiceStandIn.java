package app.slate.standins;

import static app.slate.standins.JsonAnswers.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Web Push service (RFC 8030) as browsers' push services behave towards an application server:
 * {@code POST /push/{subscription}} takes an encrypted message (aes128gcm, a TTL, at most 4096
 * bytes) only with a valid VAPID token (RFC 8292: ES256, audience this origin, expiring within a
 * day) whose key is the one the subscription was made for, answers 201 with the message's
 * location, and 410 once the subscription is gone. Its other side plays the browser:
 * {@code POST /subscriptions} subscribes (with the application server key), {@code DELETE
 * /subscriptions/{id}} unsubscribes, and {@code GET /store} lists every message accepted, still
 * encrypted. JDK only.
 */
final class PushServiceStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+),\\s*k=([A-Za-z0-9_-]+)");
    private static final Pattern AUDIENCE = Pattern.compile("\"aud\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern EXPIRY = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");
    private static final int MOST_BYTES = 4096;

    private final HttpServer server;
    /** Subscription id to the application server key it was made for; removed when unsubscribed. */
    private final Map<String, String> subscriptions = new ConcurrentHashMap<>();
    private final List<ObjectNode> messages = new CopyOnWriteArrayList<>();

    private PushServiceStandIn(HttpServer server) {
        this.server = server;
    }

    static PushServiceStandIn start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Ports.free()), 0);
        PushServiceStandIn push = new PushServiceStandIn(server);
        server.createContext("/", push::handle);
        server.start();
        return push;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("POST") && path.equals("/subscriptions")) {
                subscribe(exchange);
            } else if (method.equals("DELETE") && path.startsWith("/subscriptions/")) {
                subscriptions.remove(path.substring("/subscriptions/".length()));
                answer(exchange, 204, null);
            } else if (method.equals("POST") && path.startsWith("/push/")) {
                push(exchange, path.substring("/push/".length()));
            } else if (method.equals("GET") && path.equals("/store")) {
                ArrayNode all = JSON.createArrayNode();
                messages.forEach(all::add);
                answer(exchange, 200, JSON.createObjectNode().set("messages", all));
            } else {
                answer(exchange, 404, error("no such route"));
            }
        }
    }

    /** A browser subscribing: {"applicationServerKey": "<base64url>"} gives {"id", "endpoint"}. */
    private void subscribe(HttpExchange exchange) throws IOException {
        String key = JSON.readTree(exchange.getRequestBody()).path("applicationServerKey").asText("");
        String id = UUID.randomUUID().toString();
        subscriptions.put(id, key);
        answer(exchange, 201, JSON.createObjectNode().put("id", id).put("endpoint", endpoint() + "/push/" + id));
    }

    private void push(HttpExchange exchange, String subscription) throws IOException {
        String serverKey = subscriptions.get(subscription);
        if (serverKey == null) {
            answer(exchange, 410, error("this subscription has expired or was unsubscribed"));
            return;
        }
        String refused = refusal(exchange, serverKey);
        if (refused != null) {
            answer(exchange, refused.startsWith("key") ? 403 : refused.startsWith("token") ? 401 : 400, error(refused));
            return;
        }
        byte[] body = exchange.getRequestBody().readNBytes(MOST_BYTES + 1);
        if (body.length > MOST_BYTES) {
            answer(exchange, 413, error("a push message may be at most 4096 bytes"));
            return;
        }
        String id = UUID.randomUUID().toString();
        messages.add(JSON.createObjectNode().put("id", id).put("subscription", subscription)
                .put("receivedAt", Instant.now().toString())
                .put("ttl", Long.parseLong(exchange.getRequestHeaders().getFirst("TTL")))
                .put("urgency", exchange.getRequestHeaders().getFirst("Urgency"))
                .put("body", Base64.getEncoder().encodeToString(body)));
        exchange.getResponseHeaders().add("Location", endpoint() + "/messages/" + id);
        answer(exchange, 201, null);
    }

    /** Why this push is refused, or null. */
    private String refusal(HttpExchange exchange, String serverKey) {
        var headers = exchange.getRequestHeaders();
        if (headers.getFirst("TTL") == null || !headers.getFirst("TTL").matches("\\d{1,9}")) {
            return "a TTL header is required (RFC 8030 5.2)";
        }
        if (!"aes128gcm".equals(headers.getFirst("Content-Encoding"))) {
            return "the body must be encrypted with Content-Encoding aes128gcm (RFC 8291)";
        }
        Matcher vapid = VAPID.matcher(String.valueOf(headers.getFirst("Authorization")));
        if (!vapid.matches()) {
            return "token: a VAPID Authorization header is required (RFC 8292)";
        }
        if (!serverKey.isEmpty() && !serverKey.equals(vapid.group(2))) {
            return "key: this subscription was made for another application server key";
        }
        String[] jwt = vapid.group(1).split("\\.");
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initVerify(publicKey(Base64.getUrlDecoder().decode(vapid.group(2))));
            es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
            if (!es256.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
                return "token: the VAPID signature does not verify";
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "token: the VAPID token or key is malformed";
        }
        String claims = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
        Matcher audience = AUDIENCE.matcher(claims);
        Matcher expiry = EXPIRY.matcher(claims);
        if (!audience.find() || !audience.group(1).equals(endpoint())) {
            return "token: the VAPID audience must be this push service's origin";
        }
        long now = Instant.now().getEpochSecond();
        if (!expiry.find() || Long.parseLong(expiry.group(1)) <= now || Long.parseLong(expiry.group(1)) > now + 86_400) {
            return "token: the VAPID token must expire within 24 hours";
        }
        return null;
    }

    private static ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        if (point.length != 65 || point[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(w, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    private static ObjectNode error(String reason) {
        return JSON.createObjectNode().put("reason", reason);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
