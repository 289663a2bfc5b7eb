package app.slate.platform.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * A consuming function's queue, named as the relay's configuration names it
 * ({@code slate.outbox.subscriptions.<name>.queue-url}). Events reach it only through the
 * {@link EventCatalog}: a type lists the subscribers it goes to.
 */
public enum Subscriber {
    SEARCH_INDEXER("search-indexer"),
    NOTIFICATIONS("notifications"),
    MATCHING("matching"),
    SCRIPT_ANALYSIS("script-analysis"),
    CASTING_CALL_INGESTION("casting-call-ingestion"),
    PAYMENTS("payments"),
    TRUST("trust"),
    PRIVACY("privacy");

    private final String queue;

    Subscriber(String queue) {
        this.queue = queue;
    }

    public String queue() {
        return queue;
    }

    public static Optional<Subscriber> forQueue(String queue) {
        return Arrays.stream(values()).filter(s -> s.queue.equals(queue)).findFirst();
    }
}
