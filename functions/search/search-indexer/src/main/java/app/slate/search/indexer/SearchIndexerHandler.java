package app.slate.search.indexer;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.IdentityEvents;
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

/** SQS batch handler of the search-indexer queue (talent and role events, and the account standing that talent search ranks by); reports only the failed messages for retry. */
@Named(SearchIndexerHandler.NAME)
@ApplicationScoped
public class SearchIndexerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "search-indexer";

    private final IdempotentBatchConsumer consumer;
    private final EventHandlers handlers;

    public SearchIndexerHandler(IdempotentBatchConsumer consumer, TalentIndexer talent, RoleIndexer roles, TalentStanding standing) {
        this.consumer = consumer;
        this.handlers = EventHandlers.of(Subscriber.SEARCH_INDEXER)
                .on(TalentEvents.PROFILE_CHANGED, (event, changed) -> talent.changed(changed))
                .on(TalentEvents.PROFILE_DELETED, (event, deleted) -> talent.deleted(deleted))
                .on(CastingEvents.ROLE_CHANGED, (event, changed) -> roles.changed(changed))
                .on(IdentityEvents.IDENTITY_VERIFIED, (event, verified) -> standing.changed(TalentIndexer.required(verified.accountId(), "accountId")))
                .on(IdentityEvents.ACTIVE, (event, active) -> standing.changed(TalentIndexer.required(active.accountId(), "accountId")))
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, handlers);
    }
}
