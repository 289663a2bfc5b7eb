package app.slate.platform.relay;

import app.slate.platform.testing.SharedStandIns;
import app.slate.platform.testing.StandInsResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared stand-ins plus two test subscriptions: one whose queue does not exist yet, to show
 * that a failed publication keeps its event, and one for racing relays; a one-second claim, so
 * the test can wait it out, and small claims, so that racing relays interleave.
 */
public class RelayTestQueues extends StandInsResource {

    static final String LATE_QUEUE = "slate-relay-test-late";
    static final String LATE_EVENT = "test.relay.late";
    static final String RACE_QUEUE = "slate-relay-test-race";
    static final String RACE_EVENT = "test.relay.race";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("slate.outbox.subscriptions.late.queue-url",
                SharedStandIns.get().endpoint("sqs") + "/000000000000/" + LATE_QUEUE);
        config.put("slate.outbox.subscriptions.late.event-types", LATE_EVENT);
        config.put("slate.outbox.subscriptions.race.queue-url",
                SharedStandIns.get().endpoint("sqs") + "/000000000000/" + RACE_QUEUE);
        config.put("slate.outbox.subscriptions.race.event-types", RACE_EVENT);
        config.put("slate.outbox.claim-seconds", "1");
        config.put("slate.outbox.batch-size", "5");
        return config;
    }
}
