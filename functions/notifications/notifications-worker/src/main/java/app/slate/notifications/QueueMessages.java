package app.slate.notifications;

import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.NotificationEvents;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * The worker's two queues in one reader: the notifications queue carries event envelopes from the
 * relay; the email feedback queue carries SNS notifications whose message is an SES event. An SNS
 * notification becomes an {@link NotificationEvents#EMAIL_FEEDBACK} event whose id is the SNS
 * message id, which SNS keeps across its own redeliveries.
 */
@ApplicationScoped
class QueueMessages {

    private final ObjectMapper json;
    private final ObjectReader envelopes;

    QueueMessages(ObjectMapper json) {
        this.json = json;
        this.envelopes = json.readerFor(EventEnvelope.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    EventEnvelope envelope(SQSEvent.SQSMessage message) {
        try {
            JsonNode body = json.readTree(message.getBody());
            if (!"Notification".equals(body.path("Type").asText()) || !body.has("TopicArn")) {
                return envelopes.readValue(body);
            }
            JsonNode sesEvent = json.readTree(body.path("Message").asText());
            Instant at = body.hasNonNull("Timestamp") ? Instant.parse(body.path("Timestamp").asText()) : Instant.now();
            return new EventEnvelope(UUID.fromString(body.path("MessageId").asText()), NotificationEvents.EMAIL_FEEDBACK.name(),
                    NotificationEvents.EMAIL_AGGREGATE, sesEvent.path("mail").path("messageId").asText(), at, sesEvent);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("neither an event envelope nor an SNS notification of an SES event", e);
        }
    }
}
