package app.slate.standins.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The payments and saved cards of a Moyasar test account, and what happens to them. A payment
 * made from a card token, a raw card or STC Pay waits ({@code initiated}) for the buyer at its
 * {@code transaction_url} (3-D Secure, the STC Pay code); Apple Pay, authenticated on the device,
 * and a token charged by the merchant without 3-D Secure are decided at once. A payment's
 * {@code given_id} becomes its id, and creating it again answers the same payment. Refunds add to
 * the payment's {@code refunded}. Each change emits Moyasar's event. Kept in a file across restarts.
 */
final class MoyasarAccount {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MoyasarWebhooks webhooks;
    private final String base;
    private final Path file;
    private final Map<String, ObjectNode> payments = new HashMap<>();
    private final Map<String, ObjectNode> tokens = new HashMap<>();
    private boolean changed;

    MoyasarAccount(MoyasarWebhooks webhooks, String base, Path file) throws IOException {
        this.webhooks = webhooks;
        this.base = base;
        this.file = file;
        if (Files.exists(file)) {
            JsonNode saved = JSON.readTree(file.toFile());
            saved.path("payments").fields().forEachRemaining(p -> payments.put(p.getKey(), (ObjectNode) p.getValue()));
            saved.path("tokens").fields().forEachRemaining(t -> tokens.put(t.getKey(), (ObjectNode) t.getValue()));
        }
    }

    synchronized void save() throws IOException {
        if (!changed) {
            return;
        }
        ObjectNode saved = JSON.createObjectNode();
        payments.forEach(saved.putObject("payments")::set);
        tokens.forEach(saved.putObject("tokens")::set);
        Path next = file.resolveSibling(file.getFileName() + ".next");
        JSON.writeValue(next.toFile(), saved);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }

    /** A card saved with the publishable key, as Moyasar's form does it (save_only): active at once here. */
    synchronized ObjectNode createToken(JsonNode request) {
        MoyasarCard card = card(request.path("number").asText(), "number");
        String now = Instant.now().toString();
        ObjectNode token = JSON.createObjectNode().put("id", "token_" + random(30)).put("status", "active").put("brand", card.company)
                .put("funding", card.funding).put("country", "SA").put("month", request.path("month").asText())
                .put("year", request.path("year").asText()).put("name", request.path("name").asText())
                .put("last_four", digits(request).substring(digits(request).length() - 4)).put("created_at", now).put("updated_at", now)
                .put("card", card.name());
        tokens.put(token.path("id").asText(), token);
        changed = true;
        return publicToken(token);
    }

    synchronized ObjectNode createPayment(JsonNode request) {
        String id = request.path("given_id").asText(UUID.randomUUID().toString());
        try {
            id = UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw MoyasarError.invalid("given_id", "must be a UUID");
        }
        long amount = request.path("amount").asLong(-1);
        String currency = request.path("currency").asText("SAR").toUpperCase();
        ObjectNode existing = payments.get(id);
        if (existing != null) {
            if (existing.path("amount").asLong() != amount || !existing.path("currency").asText().equals(currency)) {
                throw MoyasarError.invalid("given_id", "has already been used by another payment");
            }
            return existing.deepCopy();
        }
        if (amount < 100) {
            throw MoyasarError.invalid("amount", "must be at least 100 (1.00 in the currency's major unit)");
        }
        JsonNode source = request.path("source");
        String now = Instant.now().toString();
        ObjectNode payment = JSON.createObjectNode().put("id", id).put("status", "initiated").put("amount", amount).put("fee", 0)
                .put("currency", currency).put("refunded", 0).putNull("refunded_at").put("captured", 0).putNull("captured_at")
                .putNull("voided_at").put("description", request.path("description").asText(null)).putNull("invoice_id").putNull("ip")
                .put("callback_url", request.path("callback_url").asText(null)).put("created_at", now).put("updated_at", now);
        payment.set("metadata", request.path("metadata").isObject() ? request.path("metadata").deepCopy() : JSON.createObjectNode());
        ObjectNode paid = payment.putObject("source").put("type", source.path("type").asText());
        MoyasarCard card;
        switch (source.path("type").asText()) {
            case "token" -> {
                ObjectNode token = tokens.get(source.path("token").asText());
                if (token == null || !token.path("status").asText().equals("active")) {
                    throw MoyasarError.invalid("source.token", "is not an active token of this account");
                }
                card = MoyasarCard.valueOf(token.path("card").asText());
                paid.put("type", "creditcard").put("company", card.company).put("name", token.path("name").asText())
                        .put("number", mask(token)).put("token", token.path("id").asText());
                if (!source.path("3ds").asBoolean(true)) {
                    return decide(payment, card.decline(true));
                }
            }
            case "creditcard" -> {
                card = card(source.path("number").asText(), "source.number");
                ObjectNode token = source.path("save_card").asBoolean() ? createSavedCard(source, card) : null;
                paid.put("company", card.company).put("name", source.path("name").asText()).put("number", mask(source.path("number").asText()));
                if (token != null) {
                    paid.put("token", token.path("id").asText());
                }
            }
            case "applepay" -> {
                if (source.path("token").asText().isBlank()) {
                    throw MoyasarError.invalid("source.token", "is required");
                }
                ObjectNode token = source.path("save_card").asBoolean() ? createSavedCard(null, MoyasarCard.PAYS) : null;
                paid.put("company", "visa").put("number", "4111-11XX-XXXX-1111");
                if (token != null) {
                    paid.put("token", token.path("id").asText());
                }
                return decide(payment, null);
            }
            case "stcpay" -> {
                if (!source.path("mobile").asText().matches("05\\d{8}")) {
                    throw MoyasarError.invalid("source.mobile", "must be a Saudi mobile number (05xxxxxxxx)");
                }
                paid.put("mobile", source.path("mobile").asText()).put("transaction_url", base + "/stcpay/" + id);
                payments.put(id, payment);
                changed = true;
                return payment.deepCopy();
            }
            default -> throw MoyasarError.invalid("source.type", "must be creditcard, token, applepay or stcpay");
        }
        paid.put("card", card.name()).put("transaction_url", base + "/3ds/" + id);
        payments.put(id, payment);
        changed = true;
        return publicPayment(payment);
    }

    /** The buyer at the transaction URL: authenticated (or the right STC Pay code) decides it by its card; otherwise it fails. */
    synchronized ObjectNode authenticate(String id, boolean authenticated) {
        ObjectNode payment = payment(id);
        if (!payment.path("status").asText().equals("initiated")) {
            return publicPayment(payment);
        }
        String card = payment.path("source").path("card").asText();
        String decline = !authenticated ? "3-D Secure transaction attempt failed (Authentication failed)"
                : card.isEmpty() ? null : MoyasarCard.valueOf(card).decline(false);
        return decide(payment, decline);
    }

    synchronized ObjectNode refund(String id, JsonNode request) {
        ObjectNode payment = payment(id);
        long left = payment.path("amount").asLong() - payment.path("refunded").asLong();
        long amount = request.path("amount").asLong(left);
        if (!payment.path("status").asText().matches("paid|captured|refunded")) {
            throw new MoyasarError(400, "invalid_request_error", "Payment is not paid and cannot be refunded", null, null);
        }
        if (amount <= 0 || amount > left) {
            throw MoyasarError.invalid("amount", "must be between 1 and " + left);
        }
        String now = Instant.now().toString();
        payment.put("refunded", payment.path("refunded").asLong() + amount).put("refunded_at", now).put("status", "refunded")
                .put("updated_at", now);
        changed = true;
        webhooks.emit("payment_refunded", publicPayment(payment));
        return publicPayment(payment);
    }

    synchronized ObjectNode get(String id) {
        return publicPayment(payment(id));
    }

    private ObjectNode decide(ObjectNode payment, String decline) {
        String now = Instant.now().toString();
        payment.put("status", decline == null ? "paid" : "failed").put("updated_at", now);
        if (decline == null) {
            payment.put("captured", payment.path("amount").asLong()).put("captured_at", now);
        }
        ((ObjectNode) payment.path("source")).put("message", decline == null ? "APPROVED" : decline)
                .put("gateway_id", "moyasar_ap_" + random(12)).put("reference_number", random(12));
        payments.put(payment.path("id").asText(), payment);
        changed = true;
        webhooks.emit(decline == null ? "payment_paid" : "payment_failed", publicPayment(payment));
        return publicPayment(payment);
    }

    private ObjectNode createSavedCard(JsonNode source, MoyasarCard card) {
        ObjectNode request = JSON.createObjectNode().put("number", source == null ? "4111111111111111" : source.path("number").asText())
                .put("name", source == null ? "" : source.path("name").asText()).put("month", source == null ? "12" : source.path("month").asText())
                .put("year", source == null ? "2030" : source.path("year").asText());
        ObjectNode token = createToken(request);
        tokens.get(token.path("id").asText()).put("card", card.name());
        return token;
    }

    private ObjectNode payment(String id) {
        ObjectNode payment = payments.get(id);
        if (payment == null) {
            throw new MoyasarError(404, "api_error", "Object not found", null, null);
        }
        return payment;
    }

    /** What Moyasar shows of a payment: not which test card it is. */
    private static ObjectNode publicPayment(ObjectNode payment) {
        ObjectNode shown = payment.deepCopy();
        ((ObjectNode) shown.path("source")).remove("card");
        return shown;
    }

    private static ObjectNode publicToken(ObjectNode token) {
        ObjectNode shown = token.deepCopy();
        shown.remove("card");
        return shown;
    }

    private static MoyasarCard card(String number, String field) {
        MoyasarCard card = MoyasarCard.of(number);
        if (card == null) {
            throw MoyasarError.invalid(field, "is not a test card of the local Moyasar (see the README)");
        }
        return card;
    }

    private static String digits(JsonNode request) {
        return request.path("number").asText().replaceAll("[\\s-]", "");
    }

    private static String mask(ObjectNode token) {
        return "XXXX-XXXX-XXXX-" + token.path("last_four").asText();
    }

    private static String mask(String number) {
        String digits = number.replaceAll("[\\s-]", "");
        return digits.substring(0, 4) + "-" + digits.substring(4, 6) + "XX-XXXX-" + digits.substring(12);
    }

    private static String random(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
