package app.slate.matching.worker;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.TalentEvents;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import app.slate.platform.outbox.EventEnvelope;
import app.slate.matching.reindex.ReindexPage;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;
import org.jboss.logging.Logger;

/** SQS batch handler of the matching queue; reports only the failed messages for retry. */
@Named(MatchingWorkerHandler.NAME)
@ApplicationScoped
public class MatchingWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "matching-worker";
    private static final Logger LOG = Logger.getLogger(MatchingWorkerHandler.class);

    private final IdempotentBatchConsumer consumer;
    private final MatchIndexer indexer;
    private final Reindex reindex;
    private final ObjectMapper json;

    public MatchingWorkerHandler(IdempotentBatchConsumer consumer, MatchIndexer indexer, Reindex reindex, ObjectMapper json) {
        this.consumer = consumer;
        this.indexer = indexer;
        this.reindex = reindex;
        this.json = json;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, this::apply);
    }

    private void apply(EventEnvelope event) {
        var payload = event.payload();
        switch (event.type()) {
            case TalentEvents.PROFILE_CHANGED, TalentEvents.PROFILE_DELETED ->
                    indexer.talent(UUID.fromString(payload.path("profileId").asText()), payload.path("version").asLong());
            case CastingEvents.ROLE_CHANGED ->
                    indexer.role(UUID.fromString(payload.path("roleId").asText()), payload.path("version").asLong());
            case ReindexPage.TYPE -> reindex.page(read(event));
            default -> LOG.warnf("Ignoring event %s of unexpected type %s", event.id(), event.type());
        }
    }

    private ReindexPage read(EventEnvelope event) {
        try {
            return json.treeToValue(event.payload(), ReindexPage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("reindex page without what/after", e);
        }
    }
}
