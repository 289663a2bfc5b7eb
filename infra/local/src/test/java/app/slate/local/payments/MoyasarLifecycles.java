package app.slate.local.payments;

import app.slate.local.payments.StripeLifecycles.Lifecycle;
import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Moyasar customers whose payments are made for real at the Moyasar stand-in, its deliveries
 * paused: a card saved with the publishable key, the payment a Slate checkout makes (its
 * {@code given_id} the checkout's id), 3-D Secure passed, the card declined for one in ten, and for
 * some of those who paid a partial or a full refund. Slate's side is seeded as the checkout left it
 * (customer, price, open checkout). Each lifecycle's events are the bodies Moyasar sent (with the
 * webhook's secret token), for the caller to deliver, repeated and shuffled; whatever their order,
 * the worker fetches each payment as Moyasar holds it at the end.
 */
final class MoyasarLifecycles {

    static final long AMOUNT = 10900;
    private static final String PRICE = "moyasar:professional:SAR:" + AMOUNT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String secretKey;
    private final String publishableKey;
    private final String webhookSecret;

    MoyasarLifecycles(StandInsState standIns) {
        this.api = standIns.endpoint("moyasar");
        this.secretKey = standIns.endpoint("moyasar.secret-key");
        this.publishableKey = standIns.endpoint("moyasar.publishable-key");
        this.webhookSecret = standIns.endpoint("moyasar.webhook-secret");
    }

    List<Lifecycle> make(int customers, Random random, Connection database) throws Exception {
        call("POST", "/control/deliveries/pause", null, null);
        try {
            List<String[]> made = new ArrayList<>();
            Map<String, Long> refunded = new HashMap<>();
            for (int i = 0; i < customers; i++) {
                String account = UUID.randomUUID().toString();
                String checkout = UUID.randomUUID().toString();
                boolean declined = random.nextDouble() < 0.1;
                String token = call("POST", "/v1/tokens", publishableKey, JSON.createObjectNode().put("name", "Customer " + i)
                        .put("number", declined ? "4000000000000002" : "4111111111111111").put("month", "09").put("year", "2031")
                        .put("cvc", "123").put("save_only", true)).path("id").asText();
                ObjectNode payment = JSON.createObjectNode().put("given_id", checkout).put("amount", AMOUNT).put("currency", "SAR")
                        .put("description", "Slate Professional, one month");
                payment.putObject("source").put("type", "token").put("token", token).put("3ds", true).put("manual", false);
                payment.putObject("metadata").put("checkoutId", checkout).put("planCode", "professional");
                call("POST", "/v1/payments", secretKey, payment);
                authenticate(checkout);
                long refund = declined ? 0 : random.nextDouble() < 0.3 ? 1000 : random.nextDouble() < 0.15 ? AMOUNT : 0;
                if (refund > 0) {
                    call("POST", "/v1/payments/" + checkout + "/refund", secretKey, JSON.createObjectNode().put("amount", refund));
                }
                refunded.put(checkout, refund);
                made.add(new String[] {account, checkout, declined ? "declined" : "paid"});
            }
            seed(database, made);
            Map<String, List<String>> bodies = new HashMap<>();
            for (JsonNode event : call("GET", "/control/events", null, null).path("events")) {
                String payment = event.path("data").path("id").asText();
                if (refunded.containsKey(payment)) {
                    bodies.computeIfAbsent(payment, p -> new ArrayList<>())
                            .add(JSON.writeValueAsString(((ObjectNode) event.deepCopy()).put("secret_token", webhookSecret)));
                }
            }
            return made.stream().map(m -> {
                boolean paid = m[2].equals("paid");
                return new Lifecycle(m[0], "moyasar:" + m[0], "moyasar:" + m[1], paid ? "ACTIVE" : null, paid ? 1 : 0,
                        refunded.get(m[1]), bodies.get(m[1]));
            }).toList();
        } finally {
            call("POST", "/control/deliveries/resume", null, null);
        }
    }

    /** What a Moyasar checkout leaves in Slate's database before its payment is made. */
    private static void seed(Connection database, List<String[]> made) throws Exception {
        try (PreparedStatement price = database.prepareStatement("""
                INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
                VALUES (?, 'MOYASAR', (SELECT id FROM billing_plans WHERE code = 'professional'), 'SAR', ?) ON CONFLICT DO NOTHING""");
             PreparedStatement customer = database.prepareStatement(
                     "INSERT INTO billing_customers (account_id, provider, provider_customer_id) VALUES (?, 'MOYASAR', ?)");
             PreparedStatement checkout = database.prepareStatement("""
                     INSERT INTO billing_checkouts (id, account_id, plan_id, currency, amount_minor, provider, provider_checkout_id, status,
                                                    expires_at)
                     VALUES (?::uuid, ?, (SELECT id FROM billing_plans WHERE code = 'professional'), 'SAR', ?, 'MOYASAR', ?, 'OPEN',
                             now() + interval '30 minutes')""")) {
            price.setString(1, PRICE);
            price.setLong(2, AMOUNT);
            price.executeUpdate();
            for (String[] m : made) {
                customer.setString(1, m[0]);
                customer.setString(2, "moyasar:" + m[0]);
                customer.addBatch();
                checkout.setString(1, m[1]);
                checkout.setString(2, m[0]);
                checkout.setLong(3, AMOUNT);
                checkout.setString(4, m[1]);
                checkout.addBatch();
            }
            customer.executeBatch();
            checkout.executeBatch();
        }
    }

    /** The buyer on the 3-D Secure page (no callback URL: the stand-in answers the payment). */
    private void authenticate(String payment) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/3ds/" + payment))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("result=authenticate")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("3-D Secure of " + payment + " answered " + answer.statusCode());
        }
    }

    private JsonNode call(String method, String path, String key, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10));
        if (key != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }
}
