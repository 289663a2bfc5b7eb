package app.slate.payments.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One customer's Stripe events, shaped as Stripe's API version dahlia sends them (subscription
 * periods on the item, an invoice's subscription under its parent, its payments listing the
 * payment intent), wrapped as payment-webhook queues them, for the worker to apply.
 */
final class StripeLifecycle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MONTH = 30L * 86_400;

    final String customer = "cus_" + token();
    final String subscription = "sub_" + token();
    final String price;
    private final long amount;
    private final List<String> events = new ArrayList<>();

    StripeLifecycle(String price, long amount) {
        this.price = price;
        this.amount = amount;
    }

    String subscriptionEvent(String type, String status, long at, long periodStart, boolean cancelAtPeriodEnd) {
        ObjectNode subscriptionObject = JSON.createObjectNode().put("id", subscription).put("object", "subscription").put("customer", customer)
                .put("status", status).put("currency", "usd").put("created", at).put("cancel_at_period_end", cancelAtPeriodEnd)
                .put("livemode", false);
        if (status.equals("canceled")) {
            subscriptionObject.put("canceled_at", at).put("ended_at", at);
        }
        ObjectNode item = JSON.createObjectNode().put("id", "si_" + token()).put("object", "subscription_item").put("quantity", 1)
                .put("subscription", subscription).put("current_period_start", periodStart).put("current_period_end", periodStart + MONTH);
        item.putObject("price").put("id", price).put("object", "price").put("currency", "usd").put("unit_amount", amount)
                .put("type", "recurring").putObject("recurring").put("interval", "month");
        ObjectNode items = subscriptionObject.putObject("items").put("object", "list");
        items.putArray("data").add(item);
        return event(type, subscriptionObject, at);
    }

    /** An invoice of the subscription: paid, or an attempt that failed (still open); {@code intent} is its payment intent. */
    String invoiceEvent(String type, String invoice, String intent, boolean paid, int attempts, long at, long periodStart) {
        ObjectNode invoiceObject = JSON.createObjectNode().put("id", invoice).put("object", "invoice").put("customer", customer)
                .put("currency", "usd").put("status", paid ? "paid" : "open").put("amount_due", amount).put("amount_paid", paid ? amount : 0)
                .put("attempt_count", attempts).put("attempted", attempts > 0).put("billing_reason", "subscription_cycle")
                .put("created", at).put("number", "SLT-" + invoice.substring(3, 9)).put("livemode", false);
        invoiceObject.putObject("parent").put("type", "subscription_details").putObject("subscription_details").put("subscription", subscription);
        ObjectNode line = JSON.createObjectNode().put("id", "il_" + token()).put("object", "line_item").put("amount", amount).put("currency", "usd");
        line.putObject("period").put("start", periodStart).put("end", periodStart + MONTH);
        line.putObject("pricing").put("type", "price_details").putObject("price_details").put("price", price);
        invoiceObject.putObject("lines").put("object", "list").putArray("data").add(line);
        ArrayNode payments = invoiceObject.putObject("payments").put("object", "list").putArray("data");
        if (paid) {
            ObjectNode payment = payments.addObject().put("id", "inpay_" + token()).put("object", "invoice_payment").put("invoice", invoice)
                    .put("amount_paid", amount).put("currency", "usd").put("status", "paid");
            payment.putObject("payment").put("type", "payment_intent").put("payment_intent", intent);
            invoiceObject.putObject("status_transitions").put("paid_at", at);
        }
        return event(type, invoiceObject, at);
    }

    String refundEvent(String type, String refund, String intent, long refunded, String status, long at) {
        ObjectNode refundObject = JSON.createObjectNode().put("id", refund).put("object", "refund").put("amount", refunded)
                .put("currency", "usd").put("payment_intent", intent).put("status", status).put("created", at).put("reason", "requested_by_customer");
        return event(type, refundObject, at);
    }

    String otherEvent(String type, long at) {
        return event(type, JSON.createObjectNode().put("id", "pm_" + token()).put("object", "payment_method"), at);
    }

    private String event(String type, ObjectNode object, long at) {
        ObjectNode event = JSON.createObjectNode().put("id", "evt_" + token()).put("object", "event").put("api_version", "2026-07-29.dahlia")
                .put("created", at).put("type", type).put("livemode", false).put("pending_webhooks", 1);
        event.putObject("data").set("object", object);
        String body = event.toString();
        events.add(body);
        return body;
    }

    /** The SQS batch payment-webhook would have queued for these Stripe events (at most ten, SQS's batch). */
    static String batch(List<String> stripeEvents) throws Exception {
        ObjectNode batch = JSON.createObjectNode();
        ArrayNode records = batch.putArray("Records");
        for (String body : stripeEvents) {
            ObjectNode stripe = (ObjectNode) JSON.readTree(body);
            String eventId = stripe.path("id").asText();
            ObjectNode payload = JSON.createObjectNode().put("provider", "STRIPE").put("eventId", eventId)
                    .put("type", stripe.path("type").asText()).put("created", stripe.path("created").asLong()).put("body", body);
            ObjectNode envelope = JSON.createObjectNode()
                    .put("id", UUID.nameUUIDFromBytes(("STRIPE:" + eventId).getBytes(StandardCharsets.UTF_8)).toString())
                    .put("type", "payments.provider-event").put("aggregateType", "payment").put("aggregateId", eventId)
                    .put("occurredAt", "2026-12-02T10:00:00Z");
            envelope.set("payload", payload);
            records.addObject().put("messageId", UUID.randomUUID().toString()).put("body", envelope.toString())
                    .put("eventSource", "aws:sqs").put("eventSourceARN", "arn:aws:sqs:eu-west-2:123456789012:slate-payments");
        }
        return batch.toString();
    }

    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
