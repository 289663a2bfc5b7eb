package app.slate.platform.relay;

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
 * scheduled sweep. The trigger's content does not matter, so it is read as a plain map. A
 * failure is thrown, so that the wake-up is retried; events are never lost either way, since
 * unpublished rows stay in the outbox for the next run.
 */
@Named(OutboxRelayHandler.NAME)
@ApplicationScoped
public class OutboxRelayHandler implements RequestHandler<Map<String, Object>, SQSBatchResponse> {

    public static final String NAME = "outbox-relay";
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
        return SQSBatchResponse.builder().withBatchItemFailures(List.of()).build();
    }
}
