package app.slate.search.indexer;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import app.slate.platform.outbox.EventEnvelope;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** SQS batch handler of the search-indexer queue (talent and role events); reports only the failed messages for retry. */
@Named(SearchIndexerHandler.NAME)
@ApplicationScoped
public class SearchIndexerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "search-indexer";

    private final IdempotentBatchConsumer consumer;
    private final TalentIndexer talent;
    private final RoleIndexer roles;

    public SearchIndexerHandler(IdempotentBatchConsumer consumer, TalentIndexer talent, RoleIndexer roles) {
        this.consumer = consumer;
        this.talent = talent;
        this.roles = roles;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (CastingEvents.ROLE_CHANGED.equals(event.type())) {
            roles.apply(event);
        } else {
            talent.apply(event);
        }
    }
}
