package app.slate.relay;

import app.slate.testing.SharedStandIns;
import app.slate.testing.StandInsResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared stand-ins plus one subscription whose queue does not exist yet, to show that a
 * failed publication keeps its event; and a one-second claim, so the test can wait it out.
 */
public class RelayTestQueues extends StandInsResource {

    static final String LATE_QUEUE = "slate-relay-test-late";
    static final String LATE_EVENT = "test.relay.late";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("slate.outbox.subscriptions.late.queue-url",
                SharedStandIns.get().endpoint("sqs") + "/000000000000/" + LATE_QUEUE);
        config.put("slate.outbox.subscriptions.late.event-types", LATE_EVENT);
        config.put("slate.outbox.claim-seconds", "1");
        return config;
    }
}
