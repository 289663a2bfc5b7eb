package app.slate.trust.worker;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.AuditEvents;
import app.slate.platform.events.IdentityEvents;
import app.slate.platform.events.Subscriber;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.trust.audit.AuditLog;
import app.slate.trust.consent.Consents;
import app.slate.trust.privacy.ErasureRequests;
import app.slate.trust.privacy.ErasureRequests.Source;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * SQS batch handler of the trust queue: appends each audited action to the audit log once (the log
 * itself refuses an event it already holds, so a redelivery after a crash between the append and
 * the idempotency record appends nothing), records the consents a registration gives, and asks
 * for the erasure of an account its identity provider deleted. Reports
 * only the failed messages for retry.
 */
@Named(TrustHandler.NAME)
@ApplicationScoped
public class TrustHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "trust-worker";

    private final IdempotentBatchConsumer consumer;
    private final EventHandlers handlers;

    public TrustHandler(IdempotentBatchConsumer consumer, AuditLog log, Consents consents, ErasureRequests erasures) {
        this.consumer = consumer;
        this.handlers = EventHandlers.of(Subscriber.TRUST)
                .on(AuditEvents.RECORDED, (event, action) -> log.append(event.id(), action).await().atMost(Await.LIMIT))
                .on(IdentityEvents.REGISTERED, (event, account) -> consents.registered(event.id(), account).await().atMost(Await.LIMIT))
                // The identity provider deleted the person: nobody is left to cancel, so the erasure is due at once.
                .on(IdentityEvents.DELETED, (event, deleted) -> erasures.request(deleted.accountId(), Source.IDENTITY_PROVIDER,
                        AlongsideChange.NOTHING).await().atMost(Await.LIMIT))
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, handlers);
    }
}
