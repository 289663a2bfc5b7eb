package app.slate.platform.relay;

import app.slate.platform.metrics.Metrics;
import app.slate.platform.outbox.OutboxRelay;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Drains the outbox, whatever woke it: a wake-up batch from SQS right after a commit, or the
 * scheduled run, which also deletes what the retention window lets go of. The trigger is read as
 * a plain map. A failure is thrown, so that the wake-up is retried; events are never lost either
 * way, since unpublished rows stay in the outbox for the next run.
 */
@Named(OutboxRelayHandler.NAME)
@ApplicationScoped
public class OutboxRelayHandler implements RequestHandler<Map<String, Object>, SQSBatchResponse> {

    public static final String NAME = "outbox-relay";
    /** The source of EventBridge's scheduled events. */
    private static final String SCHEDULE = "aws.events";
    private static final Logger LOG = Logger.getLogger(OutboxRelayHandler.class);

    private final OutboxRelay relay;

    public OutboxRelayHandler(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public SQSBatchResponse handleRequest(Map<String, Object> trigger, Context context) {
        int published = relay.relayPending();
        if (published > 0) {
            LOG.infof("Published %d outbox event(s)", published);
        }
        Metrics.put("OutboxAge", relay.oldestPendingSeconds(), Metrics.Unit.Seconds, Map.of());
        if (SCHEDULE.equals(trigger.get("source"))) {
            int swept = relay.sweep();
            if (swept > 0) {
                LOG.infof("Deleted %d outbox event(s) past retention", swept);
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(List.of()).build();
    }
}
