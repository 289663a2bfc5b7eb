package app.slate.standins.stripe;

import app.slate.standins.HttpAnswers;
import app.slate.standins.ProviderStandIn;
import app.slate.standins.stripe.StripeBilling.StripeError;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Stripe's API as Slate's payments code calls it (through the official stripe-java client, with
 * its base URL pointed here), its hosted Checkout page, and its signed webhooks. {@code /v1/...}
 * takes the secret key as a bearer token, form-encoded bodies, and {@code Idempotency-Key} (the
 * same key with other parameters is refused, as Stripe refuses it). The hosted page
 * ({@code /pay/{session}}) takes a card number; see {@link StripeCard} for the test cards.
 * Control routes play time and the customer: {@code POST /control/subscriptions/{id}/advance}
 * (the next renewal or retry), {@code .../card} (a new card), {@code POST /control/events/{id}/resend}
 * (a repeated delivery), {@code POST /control/roll-secret} (sign with a second secret),
 * {@code GET /control/events}. JDK and Jackson only.
 */
public final class StripeStandIn extends ProviderStandIn {

    private static final Logger LOG = Logger.getLogger(StripeStandIn.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OBJECT = Pattern.compile("/v1/(customers|prices|subscriptions|invoices|payment_intents|refunds|checkout/sessions)/([A-Za-z0-9_]+)");
    private static final Map<String, String> PREFIXES = Map.of("customers", "cus_", "prices", "price_", "subscriptions", "sub_",
            "invoices", "in_", "payment_intents", "pi_", "refunds", "re_", "checkout/sessions", "cs_");

    private record Answer(String request, int status, String body) {
    }

    private final String secretKey;
    private final StripeWebhooks webhooks;
    private final StripeBilling billing;
    private final Map<String, Answer> idempotent = new ConcurrentHashMap<>();

    private StripeStandIn(int port, Path dataDir) throws IOException {
        super("Stripe", port);
        this.secretKey = "sk_test_" + StripeBilling.id("local").substring(6);
        this.webhooks = new StripeWebhooks("whsec_" + StripeBilling.id("local").substring(6));
        this.billing = new StripeBilling(webhooks, endpoint(), dataDir.resolve("account.json"));
    }

    /** Serves on {@code port}, keeping the test account's objects under {@code dataDir} (a restart finds them again). */
    public static StripeStandIn start(int port, Path dataDir) throws IOException {
        StripeStandIn stripe = new StripeStandIn(port, dataDir);
        stripe.serve();
        return stripe;
    }

    @Override
    protected void save() throws IOException {
        billing.save();
    }

    public String secretKey() {
        return secretKey;
    }

    /** The secret deliveries are signed with (every endpoint's, here). */
    public String webhookSecret() {
        return webhooks.secrets().get(0);
    }

    @Override
    protected void handle(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (path.startsWith("/v1/")) {
                    api(exchange, method, path, body);
                } else if (path.startsWith("/pay/")) {
                    page(exchange, method, path.substring("/pay/".length()), body);
                } else if (path.startsWith("/control/")) {
                    control(exchange, method, path, body);
                } else {
                    json(exchange, 404, error(StripeError.invalid("url", "Unrecognized request URL (" + method + ": " + path + ").")));
                }
            } catch (StripeError e) {
                json(exchange, e.status, error(e));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Stripe stand-in failed on %s", exchange.getRequestURI());
        }
    }

    private void api(HttpExchange exchange, String method, String path, String body) throws IOException {
        if (!("Bearer " + secretKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, error(new StripeError(401, "invalid_request_error", "Invalid API Key provided.", null, "api_key_invalid")));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (method.equals("POST") && key != null) {
            Answer earlier = idempotent.get(key);
            if (earlier != null) {
                if (!earlier.request().equals(path + "?" + body)) {
                    throw new StripeError(400, "idempotency_error", "Keys for idempotent requests can only be used with the same parameters"
                            + " they were first used with.", null, "idempotency_key_in_use");
                }
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
                send(exchange, earlier.status(), earlier.body(), "application/json");
                return;
            }
        }
        ObjectNode answer = route(method, path, StripeForm.parse(body));
        String text = JSON.writeValueAsString(answer);
        if (method.equals("POST") && key != null) {
            idempotent.put(key, new Answer(path + "?" + body, 200, text));
        }
        send(exchange, 200, text, "application/json");
    }

    private ObjectNode route(String method, String path, ObjectNode form) {
        switch (method + " " + path) {
            case "POST /v1/customers": return billing.createCustomer(form);
            case "POST /v1/prices": return billing.createPrice(form);
            case "POST /v1/checkout/sessions": return billing.createSession(form);
            case "POST /v1/refunds": return billing.refund(form);
            case "POST /v1/webhook_endpoints": return webhooks.register(form.path("url").asText(), StripeBilling.id("we"));
            default: break;
        }
        if (method.equals("POST") && path.matches("/v1/checkout/sessions/[^/]+/expire")) {
            return billing.expireSession(path.split("/")[4]);
        }
        Matcher object = OBJECT.matcher(path);
        if (object.matches()) {
            String id = object.group(2);
            if (object.group(1).equals("subscriptions") && method.equals("POST")) {
                return billing.updateSubscription(id, form);
            }
            if (object.group(1).equals("subscriptions") && method.equals("DELETE")) {
                return billing.cancelSubscription(id);
            }
            if (object.group(1).equals("customers") && method.equals("DELETE")) {
                return billing.deleteCustomer(id);
            }
            if (method.equals("GET")) {
                return billing.get(id, PREFIXES.get(object.group(1))).deepCopy();
            }
        }
        throw new StripeError(404, "invalid_request_error", "Unrecognized request URL (" + method + ": " + path + ").", null, null);
    }

    /** The hosted Checkout page: a form for the card; paying redirects to the session's success URL. */
    private void page(HttpExchange exchange, String method, String sessionId, String body) throws IOException {
        ObjectNode session = billing.get(sessionId, "cs_");
        String problem = null;
        if (method.equals("POST")) {
            try {
                billing.complete(sessionId, StripeForm.parse(body).path("card").asText());
                exchange.getResponseHeaders().add("Location", session.path("success_url").asText().replace("{CHECKOUT_SESSION_ID}", sessionId));
                send(exchange, 303, "", "text/plain");
                return;
            } catch (StripeError e) {
                problem = e.getMessage();
            }
        }
        String amount = String.format("%.2f %s", session.path("amount_total").asLong() / 100.0, session.path("currency").asText().toUpperCase());
        String html = """
                <!doctype html><html><head><meta charset="utf-8"><title>Pay Slate (local Stripe)</title></head><body>
                <h1>Slate subscription</h1><p>%s a month. Status: %s.</p>%s
                <form method="post"><label>Card number <input name="card" value="4242 4242 4242 4242"></label>
                <button>Subscribe</button></form>
                <p>Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined;
                4000 0000 0000 0341 attaches but every charge fails (with a trial, the first renewal fails).</p>
                </body></html>""".formatted(amount, session.path("status").asText(),
                problem == null ? "" : "<p role=alert>" + problem.replace("<", "&lt;") + "</p>");
        send(exchange, problem == null ? 200 : 402, html, "text/html; charset=utf-8");
    }

    private void control(HttpExchange exchange, String method, String path, String body) throws IOException {
        ObjectNode form = StripeForm.parse(body);
        String[] parts = path.split("/");
        if (method.equals("POST") && path.matches("/control/subscriptions/[^/]+/advance")) {
            json(exchange, 200, billing.advance(parts[3]).deepCopy());
        } else if (method.equals("POST") && path.matches("/control/subscriptions/[^/]+/card")) {
            billing.replaceCard(parts[3], form.path("number").asText());
            send(exchange, 204, "", "text/plain");
        } else if (method.equals("POST") && path.matches("/control/events/[^/]+/resend")) {
            webhooks.resend(parts[3]);
            send(exchange, 204, "", "text/plain");
        } else if (method.equals("POST") && path.equals("/control/roll-secret")) {
            webhooks.roll(form.path("secret").asText());
            send(exchange, 204, "", "text/plain");
        } else if (method.equals("GET") && path.equals("/control/events")) {
            ObjectNode list = JSON.createObjectNode().put("object", "list");
            List<ObjectNode> events = webhooks.events();
            list.putArray("data").addAll(events);
            json(exchange, 200, list);
        } else {
            json(exchange, 404, error(StripeError.invalid("url", "No control route " + method + " " + path)));
        }
    }

    private static ObjectNode error(StripeError e) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error").put("type", e.type).put("message", e.getMessage());
        if (e.param != null) {
            error.put("param", e.param);
        }
        if (e.code != null) {
            error.put("code", e.code);
        }
        return body;
    }

    private static void json(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        send(exchange, status, JSON.writeValueAsString(body), "application/json");
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        exchange.getResponseHeaders().add("Request-Id", "req_" + StripeBilling.id("r").substring(2));
        HttpAnswers.send(exchange, status, body, type);
    }

    @Override
    protected void stopSending() {
        webhooks.close();
    }
}
