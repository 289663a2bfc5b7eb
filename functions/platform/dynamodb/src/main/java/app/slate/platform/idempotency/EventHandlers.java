package app.slate.platform.idempotency;

import app.slate.platform.events.EventCatalog;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.EventType;
import app.slate.platform.events.Subscriber;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * What a consumer does with each event type its queue receives, each handler given the typed
 * payload. Built once, at init: {@link #complete} fails the function's start when the catalog
 * routes a type here that has no handler, or a handler names a type the catalog does not route
 * here, so producers, routing and consumers cannot drift apart.
 */
public final class EventHandlers {

    private final Subscriber subscriber;
    private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

    private record Handler<P>(EventType<P> type, BiConsumer<EventEnvelope, P> action) {
    }

    private EventHandlers(Subscriber subscriber) {
        this.subscriber = subscriber;
    }

    public static EventHandlers of(Subscriber subscriber) {
        return new EventHandlers(subscriber);
    }

    public <P> EventHandlers on(EventType<P> type, BiConsumer<EventEnvelope, P> action) {
        handlers.put(type.name(), new Handler<>(type, action));
        return this;
    }

    /** Checks the handlers against the catalog's routing for this subscriber; see the class comment. */
    public EventHandlers complete() {
        Set<String> routed = new TreeSet<>();
        EventCatalog.routedTo(subscriber).forEach(type -> routed.add(type.name()));
        if (!routed.equals(new TreeSet<>(handlers.keySet()))) {
            throw new IllegalStateException(subscriber.queue() + " handles " + new TreeSet<>(handlers.keySet())
                    + " but the event catalog routes " + routed + " to it");
        }
        return this;
    }

    public Subscriber subscriber() {
        return subscriber;
    }

    void handle(EventEnvelope event, ObjectMapper json) {
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            throw new IllegalArgumentException("no handler for event type " + event.type());
        }
        run(handler, event, json);
    }

    private static <P> void run(Handler<P> handler, EventEnvelope event, ObjectMapper json) {
        P payload;
        try {
            // A producer may add a payload field before every consumer knows it.
            payload = json.readerFor(handler.type().payload()).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json.treeAsTokens(event.payload()));
        } catch (IOException e) {
            throw new IllegalArgumentException("event " + event.id() + " is not a " + handler.type().name(), e);
        }
        handler.action().accept(event, payload);
    }
}
