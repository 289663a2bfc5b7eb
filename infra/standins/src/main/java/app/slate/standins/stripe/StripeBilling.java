package app.slate.standins.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The objects of a Stripe test account and what happens to them: customers, prices, Checkout
 * Sessions (subscription mode), subscriptions with their items' periods, invoices with their
 * payments, payment intents, refunds. Shapes follow API version {@value StripeWebhooks#API_VERSION}
 * (periods on subscription items, an invoice's subscription under {@code parent}). Each change
 * emits the events Stripe emits for it. Time moves only when asked ({@link #advance}): the next
 * renewal, or the next retry of a failed one, as a test clock would. The account is kept in a file
 * ({@link #save}), so the local cloud's customers and prices outlive a restart, as Stripe's do.
 */
final class StripeBilling {

    /** Failed renewal attempts before the subscription is cancelled (Stripe's default retry schedule makes four). */
    static final int ATTEMPTS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final StripeWebhooks webhooks;
    private final String checkoutBase;
    private final Path file;
    private final Map<String, ObjectNode> objects = new HashMap<>();
    private final Map<String, StripeCard> cards = new HashMap<>();
    private final AtomicInteger invoiceNumbers = new AtomicInteger();
    private boolean changed;

    StripeBilling(StripeWebhooks webhooks, String checkoutBase, Path file) throws IOException {
        this.webhooks = webhooks;
        this.checkoutBase = checkoutBase;
        this.file = file;
        if (Files.exists(file)) {
            JsonNode saved = JSON.readTree(file.toFile());
            saved.path("objects").fields().forEachRemaining(o -> objects.put(o.getKey(), (ObjectNode) o.getValue()));
            saved.path("cards").fields().forEachRemaining(c -> cards.put(c.getKey(), StripeCard.valueOf(c.getValue().asText())));
            invoiceNumbers.set(saved.path("invoiceNumber").asInt());
        }
    }

    /** Writes the account to its file when something changed (called every second, and at the end). */
    synchronized void save() throws IOException {
        if (!changed) {
            return;
        }
        ObjectNode saved = JSON.createObjectNode().put("invoiceNumber", invoiceNumbers.get());
        ObjectNode savedObjects = saved.putObject("objects");
        objects.forEach(savedObjects::set);
        ObjectNode savedCards = saved.putObject("cards");
        cards.forEach((method, card) -> savedCards.put(method, card.name()));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        JSON.writeValue(next.toFile(), saved);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }

    /** Refused with Stripe's error type, message, parameter and code. */
    static final class StripeError extends RuntimeException {
        final int status;
        final String type;
        final String param;
        final String code;

        StripeError(int status, String type, String message, String param, String code) {
            super(message);
            this.status = status;
            this.type = type;
            this.param = param;
            this.code = code;
        }

        static StripeError missing(String id) {
            return new StripeError(404, "invalid_request_error", "No such object: '" + id + "'", "id", "resource_missing");
        }

        static StripeError invalid(String param, String message) {
            return new StripeError(400, "invalid_request_error", message, param, "parameter_invalid");
        }
    }

    synchronized ObjectNode get(String id, String prefix) {
        ObjectNode object = objects.get(id);
        if (object == null || !id.startsWith(prefix)) {
            throw StripeError.missing(id);
        }
        return object;
    }

    synchronized ObjectNode createCustomer(JsonNode form) {
        ObjectNode customer = object("cus", "customer").put("email", form.path("email").asText(null))
                .put("name", form.path("name").asText(null)).put("balance", 0);
        customer.putObject("invoice_settings").putNull("default_payment_method");
        customer.set("metadata", metadata(form));
        emit("customer.created", customer, null);
        return customer;
    }

    /**
     * As Stripe deletes a customer: its live subscriptions end at once, and what stays answers
     * {@code {id, object, deleted: true}}, without the email, name or metadata it had.
     */
    synchronized ObjectNode deleteCustomer(String id) {
        if (get(id, "cus_").path("deleted").asBoolean()) {
            throw StripeError.missing(id);
        }
        for (ObjectNode subscription : List.copyOf(objects.values())) {
            if (subscription.path("object").asText().equals("subscription") && subscription.path("customer").asText().equals(id)
                    && !subscription.path("status").asText().equals("canceled")) {
                end(subscription, "cancellation_requested");
            }
        }
        ObjectNode deleted = JSON.createObjectNode().put("id", id).put("object", "customer").put("deleted", true);
        objects.put(id, deleted);
        emit("customer.deleted", deleted, null);
        return deleted;
    }

    synchronized ObjectNode createPrice(JsonNode form) {
        long amount = number(form, "unit_amount");
        String currency = required(form, "currency").toLowerCase();
        ObjectNode product = object("prod", "product").put("name", form.path("product_data").path("name").asText("Subscription"))
                .put("active", true);
        ObjectNode price = object("price", "price").put("active", true).put("currency", currency).put("unit_amount", amount)
                .put("type", "recurring").put("product", product.path("id").asText()).put("billing_scheme", "per_unit")
                .put("lookup_key", form.path("lookup_key").asText(null));
        price.putObject("recurring").put("interval", form.path("recurring").path("interval").asText("month")).put("interval_count", 1)
                .put("usage_type", "licensed");
        price.set("metadata", metadata(form));
        return price;
    }

    synchronized ObjectNode createSession(JsonNode form) {
        if (!"subscription".equals(form.path("mode").asText())) {
            throw StripeError.invalid("mode", "Only subscription mode is served by this local Stripe.");
        }
        ObjectNode price = get(required(form.path("line_items").path(0), "price"), "price_");
        ObjectNode customer = get(required(form, "customer"), "cus_");
        ObjectNode session = object("cs_test", "checkout.session").put("mode", "subscription").put("status", "open")
                .put("payment_status", "unpaid").put("customer", customer.path("id").asText())
                .put("client_reference_id", form.path("client_reference_id").asText(null))
                .put("currency", price.path("currency").asText()).put("amount_total", price.path("unit_amount").asLong())
                .put("success_url", form.path("success_url").asText(null)).put("cancel_url", form.path("cancel_url").asText(null))
                .put("expires_at", form.has("expires_at") ? number(form, "expires_at") : now() + 24 * 3600)
                .putNull("subscription").putNull("invoice").put("price", price.path("id").asText());
        session.put("url", checkoutBase + "/pay/" + session.path("id").asText());
        session.set("metadata", metadata(form));
        session.set("subscription_data", form.path("subscription_data").deepCopy());
        return session;
    }

    synchronized ObjectNode expireSession(String id) {
        ObjectNode session = get(id, "cs_");
        if (!"open".equals(session.path("status").asText())) {
            throw StripeError.invalid("session", "Only open Checkout Sessions can be expired; this one is " + session.path("status").asText() + ".");
        }
        session.put("status", "expired");
        emit("checkout.session.expired", session, null);
        return session;
    }

    /** The buyer pays on the hosted page: a subscription starts (trialing or paid) or the card is declined. */
    synchronized ObjectNode complete(String sessionId, String number) {
        ObjectNode session = get(sessionId, "cs_");
        if (!"open".equals(session.path("status").asText()) || session.path("expires_at").asLong() < now()) {
            throw StripeError.invalid("session", "This Checkout Session is " + session.path("status").asText() + ".");
        }
        StripeCard card = StripeCard.of(number);
        if (card == null) {
            throw new StripeError(402, "card_error", "Your card number is incorrect.", "number", "incorrect_number");
        }
        ObjectNode price = get(session.path("price").asText(), "price_");
        JsonNode subscriptionData = session.path("subscription_data");
        int trialDays = subscriptionData.path("trial_period_days").asInt(0);
        if (!card.attaches || (trialDays == 0 && !card.pays())) {
            throw new StripeError(402, "card_error", "Your card was declined.", null, "card_declined");
        }
        ObjectNode customer = objects.get(session.path("customer").asText());
        String method = paymentMethod(card);
        customer.with("invoice_settings").put("default_payment_method", method);

        long start = now();
        long periodEnd = trialDays > 0 ? start + trialDays * 86_400L : plusMonth(start);
        ObjectNode subscription = object("sub", "subscription").put("customer", customer.path("id").asText())
                .put("status", trialDays > 0 ? "trialing" : "active").put("currency", price.path("currency").asText())
                .put("start_date", start).put("cancel_at_period_end", false).putNull("cancel_at").putNull("canceled_at")
                .putNull("ended_at").put("collection_method", "charge_automatically").put("default_payment_method", method);
        if (trialDays > 0) {
            subscription.put("trial_start", start).put("trial_end", periodEnd);
        } else {
            subscription.putNull("trial_start").putNull("trial_end");
        }
        subscription.set("metadata", subscriptionData.path("metadata").isObject() ? subscriptionData.path("metadata").deepCopy()
                : JSON.createObjectNode());
        ObjectNode item = object("si", "subscription_item").put("subscription", subscription.path("id").asText()).put("quantity", 1)
                .put("current_period_start", start).put("current_period_end", periodEnd);
        item.set("price", price.deepCopy());
        item.putObject("metadata");
        ObjectNode items = subscription.putObject("items").put("object", "list").put("has_more", false).put("total_count", 1)
                .put("url", "/v1/subscription_items?subscription=" + subscription.path("id").asText());
        items.putArray("data").add(item);

        ObjectNode invoice = invoice(subscription, trialDays > 0 ? 0 : price.path("unit_amount").asLong(), "subscription_create",
                start, periodEnd);
        session.put("status", "complete").put("payment_status", trialDays > 0 ? "no_payment_required" : "paid")
                .put("subscription", subscription.path("id").asText()).put("invoice", invoice.path("id").asText());
        subscription.put("latest_invoice", invoice.path("id").asText());

        emit("checkout.session.completed", session, null);
        emit("customer.subscription.created", subscription, null);
        pay(invoice, card);
        return session;
    }

    /**
     * The test clock moves to the next thing that would happen to the subscription: its renewal
     * at the period's end (or its end, when it cancels there), or the next retry of a failed one.
     */
    synchronized ObjectNode advance(String subscriptionId) {
        ObjectNode subscription = get(subscriptionId, "sub_");
        String status = subscription.path("status").asText();
        ObjectNode item = (ObjectNode) subscription.path("items").path("data").path(0);
        StripeCard card = cards.get(subscription.path("default_payment_method").asText());
        switch (status) {
            case "trialing", "active" -> {
                if (subscription.path("cancel_at_period_end").asBoolean()) {
                    end(subscription, "cancellation_requested");
                    return subscription;
                }
                long start = item.path("current_period_end").asLong();
                long end = plusMonth(start);
                ObjectNode previous = JSON.createObjectNode().put("status", status);
                item.put("current_period_start", start).put("current_period_end", end);
                ObjectNode invoice = invoice(subscription, item.path("price").path("unit_amount").asLong(), "subscription_cycle", start, end);
                subscription.put("latest_invoice", invoice.path("id").asText());
                if (card.pays()) {
                    subscription.put("status", "active");
                    emit("customer.subscription.updated", subscription, previous);
                    pay(invoice, card);
                } else {
                    subscription.put("status", "past_due");
                    fail(invoice, card);
                    emit("customer.subscription.updated", subscription, previous);
                }
            }
            case "past_due" -> {
                ObjectNode invoice = objects.get(subscription.path("latest_invoice").asText());
                if (card.pays()) {
                    subscription.put("status", "active");
                    pay(invoice, card);
                    emit("customer.subscription.updated", subscription, JSON.createObjectNode().put("status", "past_due"));
                } else if (invoice.path("attempt_count").asInt() + 1 >= ATTEMPTS) {
                    fail(invoice, card);
                    invoice.put("status", "uncollectible");
                    end(subscription, "payment_failed");
                } else {
                    fail(invoice, card);
                }
            }
            default -> throw StripeError.invalid("subscription", "A " + status + " subscription has nothing left to happen.");
        }
        return subscription;
    }

    /** The customer's card changes: later charges use the new card (a retry can then succeed). */
    synchronized void replaceCard(String subscriptionId, String number) {
        ObjectNode subscription = get(subscriptionId, "sub_");
        StripeCard card = StripeCard.of(number);
        if (card == null || !card.attaches) {
            throw new StripeError(402, "card_error", "Your card was declined.", null, "card_declined");
        }
        subscription.put("default_payment_method", paymentMethod(card));
    }

    synchronized ObjectNode updateSubscription(String id, JsonNode form) {
        ObjectNode subscription = get(id, "sub_");
        if (subscription.path("status").asText().equals("canceled")) {
            throw StripeError.invalid("subscription", "A canceled subscription cannot be updated.");
        }
        ObjectNode previous = JSON.createObjectNode();
        if (form.has("cancel_at_period_end")) {
            previous.put("cancel_at_period_end", subscription.path("cancel_at_period_end").asBoolean());
            subscription.put("cancel_at_period_end", form.path("cancel_at_period_end").asBoolean());
        }
        JsonNode change = form.path("items").path(0);
        if (change.has("price")) {
            ObjectNode item = (ObjectNode) subscription.path("items").path("data").path(0);
            ObjectNode price = get(change.path("price").asText(), "price_");
            long oldAmount = item.path("price").path("unit_amount").asLong();
            long newAmount = price.path("unit_amount").asLong();
            long periodStart = item.path("current_period_start").asLong();
            long periodEnd = item.path("current_period_end").asLong();
            String proration = form.path("proration_behavior").asText("create_prorations");
            if (!proration.equals("none") && newAmount > oldAmount && !subscription.path("status").asText().equals("trialing")) {
                double left = Math.max(0, periodEnd - now()) / (double) Math.max(1, periodEnd - periodStart);
                long due = Math.round((newAmount - oldAmount) * left);
                StripeCard card = cards.get(subscription.path("default_payment_method").asText());
                if (due > 0 && !card.pays()) {
                    throw new StripeError(402, "card_error", "Your card was declined.", null, card.declineCode);
                }
                if (due > 0) {
                    ObjectNode invoice = invoice(subscription, due, "subscription_update", now(), periodEnd);
                    subscription.put("latest_invoice", invoice.path("id").asText());
                    pay(invoice, card);
                }
            }
            previous.set("items", subscription.path("items").deepCopy());
            item.set("price", price.deepCopy());
        }
        if (form.path("metadata").isObject()) {
            subscription.with("metadata").setAll((ObjectNode) form.path("metadata"));
        }
        emit("customer.subscription.updated", subscription, previous);
        return subscription;
    }

    synchronized ObjectNode cancelSubscription(String id) {
        ObjectNode subscription = get(id, "sub_");
        if (!subscription.path("status").asText().equals("canceled")) {
            end(subscription, "cancellation_requested");
        }
        return subscription;
    }

    synchronized ObjectNode refund(JsonNode form) {
        ObjectNode intent = get(required(form, "payment_intent"), "pi_");
        long refunded = intent.path("amount_refunded").asLong(0);
        long amount = form.has("amount") ? number(form, "amount") : intent.path("amount_received").asLong() - refunded;
        if (amount <= 0 || refunded + amount > intent.path("amount_received").asLong()) {
            throw new StripeError(400, "invalid_request_error", "Refund amount (" + amount + ") is greater than unrefunded amount on charge ("
                    + (intent.path("amount_received").asLong() - refunded) + ")", "amount", "amount_too_large");
        }
        intent.put("amount_refunded", refunded + amount);
        ObjectNode refund = object("re", "refund").put("amount", amount).put("currency", intent.path("currency").asText())
                .put("payment_intent", intent.path("id").asText()).put("charge", intent.path("latest_charge").asText())
                .put("status", "succeeded").put("reason", form.path("reason").asText(null));
        refund.set("metadata", metadata(form));
        ObjectNode charge = objects.get(intent.path("latest_charge").asText());
        charge.put("amount_refunded", refunded + amount).put("refunded", refunded + amount == charge.path("amount").asLong());
        emit("refund.created", refund, null);
        emit("charge.refunded", charge, null);
        return refund;
    }

    private void end(ObjectNode subscription, String reason) {
        ObjectNode previous = JSON.createObjectNode().put("status", subscription.path("status").asText());
        subscription.put("status", "canceled").put("canceled_at", now()).put("ended_at", now());
        subscription.putObject("cancellation_details").put("reason", reason);
        emit("customer.subscription.deleted", subscription, previous);
    }

    private ObjectNode invoice(ObjectNode subscription, long amount, String reason, long periodStart, long periodEnd) {
        ObjectNode customer = objects.get(subscription.path("customer").asText());
        ObjectNode price = (ObjectNode) subscription.path("items").path("data").path(0).path("price");
        ObjectNode invoice = object("in", "invoice").put("customer", customer.path("id").asText())
                .put("customer_email", customer.path("email").asText(null)).put("customer_name", customer.path("name").asText(null))
                .put("currency", subscription.path("currency").asText()).put("status", "open").put("amount_due", amount)
                .put("amount_paid", 0).put("amount_remaining", amount).put("attempt_count", 0).put("attempted", false)
                .put("billing_reason", reason).put("collection_method", "charge_automatically").put("period_start", periodStart)
                .put("period_end", periodEnd).put("number", "SLT" + String.format("%06d", invoiceNumbers.incrementAndGet()))
                .putNull("receipt_number").putNull("next_payment_attempt").put("subtotal", amount).put("total", amount);
        ObjectNode parent = invoice.putObject("parent").put("type", "subscription_details").putNull("quote_details");
        parent.putObject("subscription_details").put("subscription", subscription.path("id").asText())
                .set("metadata", subscription.path("metadata").deepCopy());
        ObjectNode line = JSON.createObjectNode().put("id", id("il")).put("object", "line_item").put("amount", amount)
                .put("currency", subscription.path("currency").asText())
                .put("description", "1 × " + price.path("product").asText() + " (" + reason + ")");
        line.putObject("period").put("start", periodStart).put("end", periodEnd);
        line.putObject("pricing").put("type", "price_details").putObject("price_details").put("price", price.path("id").asText())
                .put("product", price.path("product").asText());
        invoice.putObject("lines").put("object", "list").put("has_more", false).putArray("data").add(line);
        invoice.putObject("payments").put("object", "list").put("has_more", false).putArray("data");
        invoice.putObject("status_transitions").put("finalized_at", now()).putNull("paid_at");
        emit("invoice.created", invoice, null);
        emit("invoice.finalized", invoice, null);
        return invoice;
    }

    private void pay(ObjectNode invoice, StripeCard card) {
        long amount = invoice.path("amount_due").asLong();
        invoice.put("attempt_count", invoice.path("attempt_count").asInt() + 1).put("attempted", true).put("status", "paid")
                .put("amount_paid", amount).put("amount_remaining", 0).putNull("next_payment_attempt");
        ((ObjectNode) invoice.path("status_transitions")).put("paid_at", now());
        if (amount > 0) {
            ObjectNode intent = intent(invoice, amount, card, true);
            invoice.put("receipt_number", (RANDOM.nextInt(9000) + 1000) + "-" + (RANDOM.nextInt(9000) + 1000));
            ObjectNode payment = JSON.createObjectNode().put("id", id("inpay")).put("object", "invoice_payment")
                    .put("amount_paid", amount).put("amount_requested", amount).put("currency", invoice.path("currency").asText())
                    .put("invoice", invoice.path("id").asText()).put("is_default", true).put("status", "paid").put("created", now());
            payment.putObject("payment").put("type", "payment_intent").put("payment_intent", intent.path("id").asText());
            payment.putObject("status_transitions").put("paid_at", now()).putNull("canceled_at");
            ((ArrayNode) invoice.path("payments").path("data")).add(payment);
            emit("invoice.paid", invoice, null);
            emit("invoice.payment_succeeded", invoice, null);
            emit("invoice_payment.paid", payment, null);
            emit("payment_intent.succeeded", intent, null);
        } else {
            emit("invoice.paid", invoice, null);
        }
    }

    private void fail(ObjectNode invoice, StripeCard card) {
        int attempts = invoice.path("attempt_count").asInt() + 1;
        invoice.put("attempt_count", attempts).put("attempted", true);
        if (attempts < ATTEMPTS) {
            invoice.put("next_payment_attempt", now() + retryDelayDays(attempts) * 86_400L);
        } else {
            invoice.putNull("next_payment_attempt");
        }
        ObjectNode intent = intent(invoice, invoice.path("amount_due").asLong(), card, false);
        emit("invoice.payment_failed", invoice, null);
        emit("payment_intent.payment_failed", intent, null);
    }

    /** Stripe's default schedule after a failed renewal: again in 3, 5 and 7 days. */
    private static int retryDelayDays(int attempts) {
        return switch (attempts) {
            case 1 -> 3;
            case 2 -> 5;
            default -> 7;
        };
    }

    private ObjectNode intent(ObjectNode invoice, long amount, StripeCard card, boolean succeeded) {
        ObjectNode intent = object("pi", "payment_intent").put("amount", amount).put("currency", invoice.path("currency").asText())
                .put("customer", invoice.path("customer").asText()).put("status", succeeded ? "succeeded" : "requires_payment_method")
                .put("amount_received", succeeded ? amount : 0).put("amount_refunded", 0);
        ObjectNode charge = object("ch", "charge").put("amount", amount).put("currency", invoice.path("currency").asText())
                .put("customer", invoice.path("customer").asText()).put("payment_intent", intent.path("id").asText())
                .put("paid", succeeded).put("status", succeeded ? "succeeded" : "failed").put("amount_refunded", 0).put("refunded", false)
                .put("failure_code", succeeded ? null : card.declineCode);
        charge.putObject("payment_method_details").put("type", "card").putObject("card").put("last4", card.last4()).put("brand", "visa");
        intent.put("latest_charge", charge.path("id").asText());
        if (!succeeded) {
            intent.putObject("last_payment_error").put("type", "card_error").put("code", "card_declined")
                    .put("decline_code", card.declineCode).put("message", "Your card was declined.");
        }
        return intent;
    }

    private String paymentMethod(StripeCard card) {
        String id = id("pm");
        cards.put(id, card);
        changed = true;
        return id;
    }

    private void emit(String type, ObjectNode object, ObjectNode previous) {
        changed = true;
        webhooks.emit(id("evt"), type, object, previous, now());
    }

    private ObjectNode object(String prefix, String kind) {
        ObjectNode object = JSON.createObjectNode().put("id", id(prefix)).put("object", kind).put("created", now()).put("livemode", false);
        objects.put(object.path("id").asText(), object);
        changed = true;
        return object;
    }

    private static ObjectNode metadata(JsonNode form) {
        return form.path("metadata").isObject() ? (ObjectNode) form.path("metadata").deepCopy() : JSON.createObjectNode();
    }

    private static String required(JsonNode form, String name) {
        String value = form.path(name).asText("");
        if (value.isEmpty()) {
            throw new StripeError(400, "invalid_request_error", "Missing required param: " + name + ".", name, "parameter_missing");
        }
        return value;
    }

    private static long number(JsonNode form, String name) {
        try {
            return Long.parseLong(required(form, name));
        } catch (NumberFormatException e) {
            throw StripeError.invalid(name, "Invalid integer: " + form.path(name).asText());
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static long plusMonth(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC).plusMonths(1).toEpochSecond();
    }

    static String id(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 24; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
