package app.slate.payments.moyasar;

import app.slate.payments.moyasar.MoyasarSettlement.Outcome;
import app.slate.platform.blocking.Await;
import app.slate.platform.events.PaymentEvents.ProviderEvent;
import app.slate.platform.outbox.OutboxWakeup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Applies a Moyasar webhook: the event only says which payment moved; the payment is fetched from
 * Moyasar and what Moyasar holds now is settled, in one transaction. So a forged or stale delivery
 * grants nothing, and any order of deliveries (a refund's before its payment's success, a failure
 * after the success) ends in Moyasar's latest state. Types Slate does not use are acknowledged
 * and ignored. A duplicate purchase is refunded once its transaction is done.
 */
@ApplicationScoped
public class MoyasarEvents {

    private static final Logger LOG = Logger.getLogger(MoyasarEvents.class);
    private static final Set<String> USED = Set.of("payment_paid", "payment_failed", "payment_refunded", "payment_voided",
            "payment_captured", "payment_canceled", "payment_expired", "payment_abandoned");
    private static final Pattern PAYMENT_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Pool database;
    private final MoyasarGateway moyasar;
    private final MoyasarSettlement settlement;
    private final OutboxWakeup wakeup;
    private final ObjectMapper json;

    public MoyasarEvents(Pool database, MoyasarGateway moyasar, MoyasarSettlement settlement, OutboxWakeup wakeup, ObjectMapper json) {
        this.database = database;
        this.moyasar = moyasar;
        this.settlement = settlement;
        this.wakeup = wakeup;
        this.json = json;
    }

    /** Blocking: the worker's thread waits for Moyasar and the transaction. */
    public void apply(ProviderEvent delivery) {
        JsonNode event;
        try {
            event = json.readTree(delivery.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Moyasar event " + delivery.eventId() + " is not JSON", e);
        }
        String type = event.path("type").asText();
        String paymentId = event.path("data").path("id").asText();
        if (!USED.contains(type) || !PAYMENT_ID.matcher(paymentId).matches()) {
            LOG.debugf("Moyasar event %s of type %s ignored", delivery.eventId(), type);
            return;
        }
        settle(moyasar.fetch(paymentId));
    }

    /** Settles a payment as Moyasar answered it (fetched, or just made), then does what its transaction left to do. */
    public void settle(MoyasarPayment payment) {
        Outcome outcome = database.withTransaction(connection -> settlement.settle(connection, payment)).await().atMost(Await.LIMIT);
        if (outcome.told()) {
            wakeup.now().await().atMost(Await.LIMIT);
        }
        if (outcome.refundPayment() != null && outcome.refundMinor() > 0) {
            LOG.warnf("Moyasar payment %s bought a second plan for an account that pays for one; refunding %d", payment.id(),
                    outcome.refundMinor());
            settle(moyasar.refund(outcome.refundPayment(), outcome.refundMinor()));
        }
    }
}
