package app.slate.notifications.delivery;

import java.util.UUID;

/**
 * One message about to be sent: which event caused it, to whom (an account, or nobody yet for an
 * invitation to someone not on Slate), by which channel and template, to which address.
 */
public record Delivery(UUID eventId, String eventType, UUID recipient, Channel channel, String template, String address) {
}
