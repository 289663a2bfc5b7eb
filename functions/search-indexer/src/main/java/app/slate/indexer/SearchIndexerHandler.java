package app.slate.indexer;

import app.slate.core.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** SQS batch handler of the search-indexer queue; reports only the failed messages for retry. */
@Named(SearchIndexerHandler.NAME)
@ApplicationScoped
public class SearchIndexerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "search-indexer";

    private final IdempotentBatchConsumer consumer;
    private final TalentIndexer indexer;

    public SearchIndexerHandler(IdempotentBatchConsumer consumer, TalentIndexer indexer) {
        this.consumer = consumer;
        this.indexer = indexer;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, indexer::apply);
    }
}
