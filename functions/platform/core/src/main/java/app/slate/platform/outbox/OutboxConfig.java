package app.slate.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "slate.outbox")
public interface OutboxConfig {

    /** Queue that wakes the relay right after a commit; without it, only the scheduled sweep publishes. */
    Optional<String> wakeQueueUrl();

    /** One queue per consuming function (fan-out), each with the event types it wants. */
    Map<String, Subscription> subscriptions();

    /** How many events one claim takes. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed event is hidden from other relays before it may be retried. */
    @WithDefault("30")
    int claimSeconds();

    interface Subscription {
        String queueUrl();

        List<String> eventTypes();
    }
}
