package app.slate.standins.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import app.slate.standins.HttpAnswers;
import app.slate.standins.ProviderStandIn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Moyasar's API as Slate calls it, and as a buyer's app calls it with the publishable key:
 * {@code POST /v1/tokens} (publishable key: save a card), {@code POST /v1/payments} (either key),
 * {@code GET /v1/payments/{id}}, {@code POST /v1/payments/{id}/refund} and {@code POST /v1/webhooks}
 * (secret key), keys given as the HTTP Basic user, JSON bodies, amounts in halalas. The buyer's
 * pages: {@code /3ds/{payment}} (authenticate, or cancel) and {@code /stcpay/{payment}} (the code
 * sent by SMS: 123456 here). Control routes: {@code GET /control/events}, {@code POST
 * /control/events/{id}/resend}, {@code POST /control/deliveries/pause} (events recorded, sent to
 * nobody, for a benchmark to deliver itself) and {@code .../resume}. See {@link MoyasarCard} for the test cards. JDK and Jackson only.
 */
public final class MoyasarStandIn extends ProviderStandIn {

    private static final Logger LOG = Logger.getLogger(MoyasarStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The STC Pay one-time code the local wallet "sends". */
    static final String STC_PAY_CODE = "123456";

    private final String secretKey;
    private final String publishableKey;
    private final MoyasarWebhooks webhooks = new MoyasarWebhooks();
    private final MoyasarAccount account;

    private MoyasarStandIn(int port, Path dataDir) throws IOException {
        super("Moyasar", port);
        this.secretKey = "sk_test_" + random();
        this.publishableKey = "pk_test_" + random();
        this.account = new MoyasarAccount(webhooks, endpoint(), dataDir.resolve("account.json"));
    }

    public static MoyasarStandIn start(int port, Path dataDir) throws IOException {
        MoyasarStandIn moyasar = new MoyasarStandIn(port, dataDir);
        moyasar.serve();
        return moyasar;
    }

    public String secretKey() {
        return secretKey;
    }

    public String publishableKey() {
        return publishableKey;
    }

    @Override
    protected void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (path.startsWith("/v1/")) {
                    json(exchange, method.equals("POST") && path.matches("/v1/(payments|tokens|webhooks)") ? 201 : 200,
                            api(exchange, method, path, body));
                } else if (path.startsWith("/3ds/") || path.startsWith("/stcpay/")) {
                    page(exchange, method, path, body);
                } else if (method.equals("GET") && path.equals("/control/events")) {
                    ObjectNode list = JSON.createObjectNode();
                    list.putArray("events").addAll(webhooks.events());
                    json(exchange, 200, list);
                } else if (method.equals("POST") && path.matches("/control/deliveries/(pause|resume)")) {
                    webhooks.pause(path.endsWith("pause"));
                    HttpAnswers.send(exchange, 204, "", "text/plain");
                } else if (method.equals("POST") && path.matches("/control/events/[^/]+/resend")) {
                    webhooks.resend(path.split("/")[3]);
                    HttpAnswers.send(exchange, 204, "", "text/plain");
                } else {
                    throw new MoyasarError(404, "api_error", "Not found: " + method + " " + path, null, null);
                }
            } catch (MoyasarError e) {
                json(exchange, e.status, e.body());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Moyasar stand-in failed on %s", exchange.getRequestURI());
        }
    }

    private ObjectNode api(HttpExchange exchange, String method, String path, String body) throws IOException {
        String key = basicUser(exchange.getRequestHeaders().getFirst("Authorization"));
        boolean secret = secretKey.equals(key);
        if (!secret && !publishableKey.equals(key)) {
            throw new MoyasarError(401, "authentication_error", "Invalid authorization credentials", null, null);
        }
        JsonNode request = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        if (method.equals("POST") && path.equals("/v1/tokens")) {
            return account.createToken(request);
        }
        if (method.equals("POST") && path.equals("/v1/payments")) {
            return account.createPayment(request);
        }
        if (!secret) {
            throw new MoyasarError(401, "authentication_error", "This call needs the secret key", null, null);
        }
        if (method.equals("POST") && path.equals("/v1/webhooks")) {
            return webhooks.register((ObjectNode) request);
        }
        if (method.equals("GET") && path.matches("/v1/payments/[^/]+")) {
            return account.get(path.substring("/v1/payments/".length()));
        }
        if (method.equals("POST") && path.matches("/v1/payments/[^/]+/refund")) {
            return account.refund(path.split("/")[3], request);
        }
        throw new MoyasarError(404, "api_error", "Not found: " + method + " " + path, null, null);
    }

    /** The buyer's page: 3-D Secure (authenticate or cancel) or the STC Pay code; then back to the merchant's callback URL. */
    private void page(HttpExchange exchange, String method, String path, String body) throws IOException {
        boolean stcPay = path.startsWith("/stcpay/");
        String id = path.substring(path.lastIndexOf('/') + 1);
        ObjectNode payment = account.get(id);
        if (method.equals("POST")) {
            String answer = form(body, stcPay ? "otp_value" : "result");
            ObjectNode decided = account.authenticate(id, stcPay ? STC_PAY_CODE.equals(answer) : "authenticate".equals(answer));
            String callback = decided.path("callback_url").asText("");
            if (!callback.isEmpty()) {
                exchange.getResponseHeaders().add("Location", callback + (callback.contains("?") ? "&" : "?") + "id=" + id
                        + "&status=" + decided.path("status").asText() + "&message="
                        + URLEncoder.encode(decided.path("source").path("message").asText(), StandardCharsets.UTF_8));
                HttpAnswers.send(exchange, 302, "", "text/plain");
            } else {
                json(exchange, 200, decided);
            }
            return;
        }
        String amount = String.format("%.2f %s", payment.path("amount").asLong() / 100.0, payment.path("currency").asText());
        String form = stcPay
                ? "<form method=post><label>Code sent by SMS <input name=otp_value value=" + STC_PAY_CODE + "></label><button>Pay</button></form>"
                : "<form method=post><button name=result value=authenticate>Authenticate</button>"
                        + "<button name=result value=cancel>Cancel</button></form>";
        HttpAnswers.send(exchange, 200, """
                <!doctype html><html><head><meta charset="utf-8"><title>Moyasar (local)</title></head><body>
                <h1>%s</h1><p>%s. Status: %s.</p>%s</body></html>""".formatted(stcPay ? "STC Pay" : "3-D Secure", amount,
                payment.path("status").asText(), form), "text/html; charset=utf-8");
    }

    private static String form(String body, String name) {
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && URLDecoder.decode(parts[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected void save() throws IOException {
        account.save();
    }

    private static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        HttpAnswers.send(exchange, status, JSON.writeValueAsString(body), "application/json");
    }


    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    protected void stopSending() {
        webhooks.close();
    }
}
