package app.slate.payments.webhook;

import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.PaymentEvents;
import app.slate.platform.events.PaymentEvents.ProviderEvent;
import app.slate.platform.logging.Correlation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Puts a verified delivery on the payments queue, as an event envelope whose id is derived from
 * the provider's event id: the same event delivered twice is one event to the worker, which
 * applies it once. Once SQS has it, the provider is told it arrived; if SQS cannot take it, the
 * provider is told it did not, and delivers again.
 */
@ApplicationScoped
class PaymentQueue {

    private final SqsClient sqs;
    private final WebhookConfig config;
    private final ObjectMapper json;

    PaymentQueue(SqsClient sqs, WebhookConfig config, ObjectMapper json) {
        this.sqs = sqs;
        this.config = config;
        this.json = json;
    }

    /** Built while the function initialises, so that no delivery waits for it (and SnapStart keeps it). */
    void build(@Observes StartupEvent start) {
        ClientProxy.unwrap(sqs);
    }

    void enqueue(ProviderEvent event) {
        UUID id = UUID.nameUUIDFromBytes((event.provider() + ":" + event.eventId()).getBytes(StandardCharsets.UTF_8));
        EventEnvelope envelope = new EventEnvelope(id, PaymentEvents.PROVIDER_EVENT.name(), PaymentEvents.PAYMENT_AGGREGATE,
                event.eventId(), Instant.ofEpochSecond(event.created()), json.valueToTree(event), Correlation.current());
        try {
            String body = json.writeValueAsString(envelope);
            sqs.sendMessage(message -> message.queueUrl(config.queueUrl()).messageBody(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a provider event could not be written as an envelope", e);
        }
    }
}
