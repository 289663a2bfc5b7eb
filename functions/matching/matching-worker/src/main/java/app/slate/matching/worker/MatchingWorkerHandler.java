package app.slate.matching.worker;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.ConsentEvents;
import app.slate.platform.events.MatchingEvents;
import app.slate.platform.events.Subscriber;
import app.slate.platform.events.TalentEvents;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** SQS batch handler of the matching queue; reports only the failed messages for retry. */
@Named(MatchingWorkerHandler.NAME)
@ApplicationScoped
public class MatchingWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "matching-worker";

    private final IdempotentBatchConsumer consumer;
    private final EventHandlers handlers;

    public MatchingWorkerHandler(IdempotentBatchConsumer consumer, MatchIndexer indexer, Reindex reindex) {
        this.consumer = consumer;
        this.handlers = EventHandlers.of(Subscriber.MATCHING)
                .on(TalentEvents.PROFILE_CHANGED, (event, changed) -> indexer.talent(changed.profileId(), changed.version()))
                .on(TalentEvents.PROFILE_DELETED, (event, deleted) -> indexer.talent(deleted.profileId(), deleted.version()))
                .on(CastingEvents.ROLE_CHANGED, (event, changed) -> indexer.role(changed.roleId(), changed.version()))
                .on(MatchingEvents.REINDEX_PAGE, (event, page) -> reindex.page(page))
                .on(ConsentEvents.CHANGED, (event, changed) -> indexer.consentChanged(changed.accountId().toString()))
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, handlers);
    }
}
