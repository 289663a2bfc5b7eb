package app.slate.notifications.devices;

import java.time.Instant;
import java.util.UUID;

/** One web push subscription: where to push (the push service's endpoint) and the keys to encrypt to. */
public record Device(UUID id, UUID accountId, String endpoint, String p256dh, String auth, String label, Instant createdAt,
                     Instant lastPushAt) {
}
