package app.slate.platform.outbox;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Nudges the relay right after a commit so that events reach consumers in milliseconds. A lost
 * nudge costs only latency: the scheduled sweep publishes whatever is still pending. A request
 * that recorded no event (a read, a change that was already made) sends no nudge.
 */
@ApplicationScoped
public class OutboxWakeup {

    private static final Logger LOG = Logger.getLogger(OutboxWakeup.class);

    private final OutboxConfig config;
    private final SqsClient sqs;

    public OutboxWakeup(OutboxConfig config, SqsClient sqs) {
        this.config = config;
        this.sqs = sqs;
    }

    /** After a request's transaction: nudges only if the request recorded an event (see {@link Outbox}). */
    public Uni<Void> afterCommit() {
        if (VertxContext.isOnDuplicatedContext() && ContextLocals.get(Outbox.RECORDED).isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return now();
    }

    /** Nudges whatever happened: for events written outside {@link Outbox}, or left by a previous run. */
    public Uni<Void> now() {
        if (config.wakeQueueUrl().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String queueUrl = config.wakeQueueUrl().get();
        return Uni.createFrom().<Void>item(() -> {
                    sqs.sendMessage(m -> m.queueUrl(queueUrl).messageBody("{\"wake\":\"outbox\"}"));
                    return null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Outbox wake-up failed, the sweep will publish instead: %s", failure.toString());
                    return null;
                });
    }
}
