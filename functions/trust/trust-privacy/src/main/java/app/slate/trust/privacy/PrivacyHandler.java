package app.slate.trust.privacy;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.PrivacyEvents;
import app.slate.platform.events.Subscriber;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import app.slate.platform.outbox.OutboxWakeup;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * SQS batch handler of the privacy queue: runs each erasure that is due and prepares each export
 * asked for. Both find their request's state first, so a redelivery does nothing twice. Reports
 * only the failed messages for retry (a failed erasure resumes after its last finished area).
 */
@Named(PrivacyHandler.NAME)
@ApplicationScoped
public class PrivacyHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "trust-privacy";

    private final IdempotentBatchConsumer consumer;
    private final EventHandlers handlers;

    public PrivacyHandler(IdempotentBatchConsumer consumer, Erasure erasure, ExportArchive exports, OutboxWakeup wakeup) {
        this.consumer = consumer;
        // What each records (the export's notice, the erasure's audit entry) leaves at once, not at the relay's next sweep.
        this.handlers = EventHandlers.of(Subscriber.PRIVACY)
                .on(PrivacyEvents.ERASURE_DUE, (event, due) -> {
                    erasure.run(due.requestId());
                    wakeup.now().await().atMost(Await.LIMIT);
                })
                .on(PrivacyEvents.EXPORT_REQUESTED, (event, requested) -> {
                    exports.prepare(requested.exportId());
                    wakeup.now().await().atMost(Await.LIMIT);
                })
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, handlers);
    }
}
