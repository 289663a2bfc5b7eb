package app.slate.notifications.delivery;

import java.util.UUID;

/** One message about to be sent: which event caused it, to whom, by which channel and template, to which address. */
public record Delivery(UUID eventId, String eventType, UUID recipient, Channel channel, String template, String address) {
}
