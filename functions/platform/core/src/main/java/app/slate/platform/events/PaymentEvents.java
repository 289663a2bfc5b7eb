package app.slate.platform.events;

/**
 * What payment providers tell Slate. The payment-webhook function verifies each delivery's
 * signature and puts it on the payments queue as a {@link #PROVIDER_EVENT} whose envelope id is
 * derived from the provider's own event id, so every repeated delivery of one event is the same
 * event to the worker; nothing writes it to the outbox.
 */
public final class PaymentEvents {

    public static final String PAYMENT_AGGREGATE = "payment";

    public static final EventType<ProviderEvent> PROVIDER_EVENT =
            EventType.external("payments.provider-event", PAYMENT_AGGREGATE, ProviderEvent.class, Subscriber.PAYMENTS);

    /**
     * One provider event as delivered: {@code body} is the verified delivery, kept as sent so the
     * worker reads it with the provider's own types; {@code created} is the provider's time (Unix seconds).
     */
    public record ProviderEvent(String provider, String eventId, String type, long created, String body) {
    }

    private PaymentEvents() {
    }
}
