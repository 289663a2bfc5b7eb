package app.slate.local.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Customers' subscription lifecycles as the Stripe events (API version dahlia) that tell them, with
 * what Slate must hold once all are applied, whatever their order and however often each arrives:
 * trials that convert, renewals paid, renewals failed and recovered, renewals failed until Stripe
 * cancels, cancellations at the period's end, partial refunds. Event times advance a minute per
 * step, as a real lifecycle's are days apart. Shared by the exactly-once test and benchmark.
 */
public final class StripeLifecycles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MONTH = 30L * 86_400;

    /** One customer's lifecycle and what it ends as. */
    public record Lifecycle(String accountId, String customerId, String subscriptionId, String finalStatus, int bills, long refundedMinor,
                            List<String> events) {
    }

    private final String price;
    private final long amount;
    private final long start;

    public StripeLifecycles(String price, long amount, long start) {
        this.price = price;
        this.amount = amount;
        this.start = start;
    }

    public List<Lifecycle> make(int customers, Random random) {
        List<Lifecycle> lifecycles = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            lifecycles.add(lifecycle(random));
        }
        return lifecycles;
    }

    /**
     * Every event of every lifecycle, {@code duplicated} of them (a fraction) delivered twice, in an
     * order shuffled across customers and within each.
     */
    public static List<String> deliveries(List<Lifecycle> lifecycles, double duplicated, Random random) {
        List<String> all = new ArrayList<>();
        lifecycles.forEach(lifecycle -> all.addAll(lifecycle.events()));
        int copies = (int) Math.round(all.size() * duplicated);
        List<String> again = new ArrayList<>(all);
        Collections.shuffle(again, random);
        all.addAll(again.subList(0, copies));
        Collections.shuffle(all, random);
        return all;
    }

    private Lifecycle lifecycle(Random random) {
        Steps steps = new Steps();
        long periodStart = start;
        boolean trial = random.nextBoolean();
        steps.subscription("customer.subscription.created", trial ? "trialing" : "active", periodStart, false);
        int bills = 0;
        String firstIntent = null;
        if (!trial) {
            firstIntent = steps.paid("in_" + token(), periodStart, 1);
            bills++;
        }
        int renewals = 1 + random.nextInt(3);
        String status = trial ? "trialing" : "active";
        long refunded = 0;
        for (int renewal = 0; renewal < renewals && !status.equals("canceled"); renewal++) {
            periodStart += MONTH;
            String invoice = "in_" + token();
            bills++;
            int outcome = random.nextInt(10);
            if (outcome < 6) {
                String intent = steps.paid(invoice, periodStart, 1);
                firstIntent = firstIntent == null ? intent : firstIntent;
                status = "active";
                steps.subscription("customer.subscription.updated", status, periodStart, false);
            } else if (outcome < 8) {
                steps.failed(invoice, periodStart, 1, true);
                steps.subscription("customer.subscription.updated", "past_due", periodStart, false);
                steps.paid(invoice, periodStart, 2);
                status = "active";
                steps.subscription("customer.subscription.updated", status, periodStart, false);
            } else {
                for (int attempt = 1; attempt <= 4; attempt++) {
                    steps.failed(invoice, periodStart, attempt, attempt < 4);
                    if (attempt == 1) {
                        steps.subscription("customer.subscription.updated", "past_due", periodStart, false);
                    }
                }
                status = "canceled";
                steps.subscription("customer.subscription.deleted", status, periodStart, false);
            }
        }
        if (status.equals("active") && random.nextInt(4) == 0) {
            steps.subscription("customer.subscription.updated", "active", periodStart, true);
            status = "canceled";
            steps.subscription("customer.subscription.deleted", status, periodStart, true);
        }
        if (firstIntent != null && random.nextInt(4) == 0) {
            refunded = amount / 2;
            steps.refund(firstIntent, refunded);
        }
        return new Lifecycle(UUID.randomUUID().toString(), steps.customer, steps.subscription, status.toUpperCase(), bills, refunded,
                steps.events);
    }

    /** The events of one lifecycle, each a minute after the last. */
    private final class Steps {
        final String customer = "cus_" + token();
        final String subscription = "sub_" + token();
        final List<String> events = new ArrayList<>();
        long at = start;

        void subscription(String type, String status, long periodStart, boolean ending) {
            ObjectNode object = JSON.createObjectNode().put("id", subscription).put("object", "subscription").put("customer", customer)
                    .put("status", status).put("currency", "usd").put("created", start).put("cancel_at_period_end", ending)
                    .put("livemode", false);
            if (status.equals("canceled")) {
                object.put("canceled_at", at).put("ended_at", at);
            }
            ObjectNode item = JSON.createObjectNode().put("id", "si_" + token()).put("object", "subscription_item").put("quantity", 1)
                    .put("subscription", subscription).put("current_period_start", periodStart)
                    .put("current_period_end", periodStart + MONTH);
            item.putObject("price").put("id", price).put("object", "price").put("currency", "usd").put("unit_amount", amount)
                    .put("type", "recurring").putObject("recurring").put("interval", "month");
            object.putObject("items").put("object", "list").putArray("data").add(item);
            event(type, object);
        }

        String paid(String invoice, long periodStart, int attempts) {
            String intent = "pi_" + token();
            ObjectNode object = invoice(invoice, periodStart, attempts, "paid");
            ObjectNode payment = ((ArrayNode) object.path("payments").path("data")).addObject().put("id", "inpay_" + token())
                    .put("object", "invoice_payment").put("invoice", invoice).put("amount_paid", amount).put("currency", "usd")
                    .put("status", "paid");
            payment.putObject("payment").put("type", "payment_intent").put("payment_intent", intent);
            object.putObject("status_transitions").put("paid_at", at + 60);
            event("invoice.paid", object);
            return intent;
        }

        void failed(String invoice, long periodStart, int attempt, boolean again) {
            ObjectNode object = invoice(invoice, periodStart, attempt, "open");
            if (again) {
                object.put("next_payment_attempt", at + 3 * 86_400);
            }
            event("invoice.payment_failed", object);
        }

        void refund(String intent, long refunded) {
            event("refund.created", JSON.createObjectNode().put("id", "re_" + token()).put("object", "refund").put("amount", refunded)
                    .put("currency", "usd").put("payment_intent", intent).put("status", "succeeded").put("created", at + 60));
        }

        private ObjectNode invoice(String invoice, long periodStart, int attempts, String status) {
            ObjectNode object = JSON.createObjectNode().put("id", invoice).put("object", "invoice").put("customer", customer)
                    .put("currency", "usd").put("status", status).put("amount_due", amount).put("amount_paid", status.equals("paid") ? amount : 0)
                    .put("attempt_count", attempts).put("attempted", true)
                    .put("billing_reason", periodStart == start ? "subscription_create" : "subscription_cycle").put("livemode", false);
            object.putObject("parent").put("type", "subscription_details").putObject("subscription_details").put("subscription", subscription);
            ObjectNode line = JSON.createObjectNode().put("id", "il_" + token()).put("object", "line_item").put("amount", amount)
                    .put("currency", "usd");
            line.putObject("period").put("start", periodStart).put("end", periodStart + MONTH);
            line.putObject("pricing").put("type", "price_details").putObject("price_details").put("price", price);
            object.putObject("lines").put("object", "list").putArray("data").add(line);
            object.putObject("payments").put("object", "list").putArray("data");
            return object;
        }

        private void event(String type, ObjectNode object) {
            at += 60;
            ObjectNode event = JSON.createObjectNode().put("id", "evt_" + token()).put("object", "event")
                    .put("api_version", "2026-07-29.dahlia").put("created", at).put("type", type).put("livemode", false)
                    .put("pending_webhooks", 1);
            event.putObject("data").set("object", object);
            events.add(event.toString());
        }
    }

    static String token() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
