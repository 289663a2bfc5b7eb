package app.slate.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "slate.outbox")
public interface OutboxConfig {

    /** Queue that wakes the relay right after a commit; without it, only the scheduled sweep publishes. */
    Optional<String> wakeQueueUrl();

    /**
     * One queue per consuming function (fan-out), by subscriber name ({@code Subscriber.queue()});
     * which event types go to each is the event catalog's business.
     */
    Map<String, Subscription> subscriptions();

    /** How many events one claim takes. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed event is hidden from other relays before it may be retried. */
    @WithDefault("30")
    int claimSeconds();

    /** How long published events stay in the outbox (for inspection and replay), and undelivered pending ones wait. */
    @WithDefault("P7D")
    Duration retention();

    /** How many old rows one sweep deletes at most; the next sweep takes the rest. */
    @WithDefault("5000")
    int sweepBatch();

    interface Subscription {
        String queueUrl();
    }
}
