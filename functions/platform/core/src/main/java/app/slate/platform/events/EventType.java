package app.slate.platform.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of domain event: its name on the wire, the aggregate it is about, the record its
 * payload is, and the queues it goes to. A type with no subscriber yet is pending: it names the
 * capability that will consume it, and the relay leaves its rows unpublished until then.
 * {@code secrets} are payload fields the outbox must not keep once the event is delivered. An
 * {@code external} type reaches its subscriber's queue from outside Slate's outbox (SES through SNS,
 * a provider's webhook), so the relay has no route for it.
 */
public record EventType<P>(String name, String aggregate, Class<P> payload, List<Subscriber> subscribers,
                           Optional<String> pendingUntil, Set<String> secrets, boolean external) {

    public static <P> EventType<P> routed(String name, String aggregate, Class<P> payload, Subscriber... subscribers) {
        if (subscribers.length == 0) {
            throw new IllegalArgumentException(name + ": a routed event type needs a subscriber; a pending one says what it waits for");
        }
        return new EventType<>(name, aggregate, payload, List.of(subscribers), Optional.empty(), Set.of(), false);
    }

    /** A type that something outside the outbox puts on {@code subscriber}'s queue. */
    public static <P> EventType<P> external(String name, String aggregate, Class<P> payload, Subscriber subscriber) {
        return new EventType<>(name, aggregate, payload, List.of(subscriber), Optional.empty(), Set.of(), true);
    }

    public static <P> EventType<P> pending(String name, String aggregate, Class<P> payload, String consumedBy) {
        return new EventType<>(name, aggregate, payload, List.of(), Optional.of(consumedBy), Set.of(), false);
    }

    public EventType<P> withSecrets(String... fields) {
        return new EventType<>(name, aggregate, payload, subscribers, pendingUntil, Set.of(fields), external);
    }

    public boolean isPending() {
        return subscribers.isEmpty();
    }
}
