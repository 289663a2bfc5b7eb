package app.slate.platform.relay;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.EventType;
import app.slate.platform.events.Subscriber;
import app.slate.platform.testing.SharedStandIns;
import app.slate.platform.testing.StandInsResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared stand-ins with two subscribers' queues moved to test queues: script analysis to one
 * that does not exist yet, to show that a failed publication keeps its event, and casting-call
 * ingestion to one for racing relays; a one-second claim, so the test can wait it out, and small
 * claims, so that racing relays interleave.
 */
public class RelayTestQueues extends StandInsResource {

    static final String LATE_QUEUE = "slate-relay-test-late";
    static final EventType<CastingEvents.ScriptUploaded> LATE_EVENT = CastingEvents.SCRIPT_UPLOADED;
    static final String RACE_QUEUE = "slate-relay-test-race";
    static final EventType<CastingEvents.IngestionReceived> RACE_EVENT = CastingEvents.INGESTION_RECEIVED;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("slate.outbox.subscriptions." + Subscriber.SCRIPT_ANALYSIS.queue() + ".queue-url",
                SharedStandIns.get().endpoint("sqs") + "/000000000000/" + LATE_QUEUE);
        config.put("slate.outbox.subscriptions." + Subscriber.CASTING_CALL_INGESTION.queue() + ".queue-url",
                SharedStandIns.get().endpoint("sqs") + "/000000000000/" + RACE_QUEUE);
        config.put("slate.outbox.claim-seconds", "1");
        config.put("slate.outbox.batch-size", "5");
        return config;
    }
}
