package app.slate.matching.reindex;

import app.slate.matching.index.MatchConfig;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.MatchingEvents;
import app.slate.platform.events.MatchingEvents.ReindexPage;
import app.slate.platform.logging.Correlation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Puts reindex pages on the matching queue, in the envelope domain events travel in, so the
 * worker takes them in its normal stride (and its once-per-message guard applies).
 */
@ApplicationScoped
public class ReindexQueue {

    private final SqsClient sqs;
    private final ObjectMapper json;
    private final MatchConfig config;

    public ReindexQueue(SqsClient sqs, ObjectMapper json, MatchConfig config) {
        this.sqs = sqs;
        this.json = json;
        this.config = config;
    }

    /** The first pages of talent and of roles: a whole reindex. */
    public void start() {
        send(new ReindexPage("talent", null));
        send(new ReindexPage("roles", null));
    }

    public void send(ReindexPage page) {
        EventEnvelope message = new EventEnvelope(UUID.randomUUID(), MatchingEvents.REINDEX_PAGE.name(), MatchingEvents.AGGREGATE,
                page.what(), Instant.now(), json.valueToTree(page), Correlation.current());
        try {
            String body = json.writeValueAsString(message);
            String url = config.queueUrl().orElseThrow(() -> new IllegalStateException("slate.matching.queue-url (MATCHING_QUEUE_URL) is not set"));
            sqs.sendMessage(m -> m.queueUrl(url).messageBody(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reindex page cannot be serialised", e);
        }
    }
}
