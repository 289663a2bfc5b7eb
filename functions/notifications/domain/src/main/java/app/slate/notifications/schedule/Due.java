package app.slate.notifications.schedule;

import java.time.Instant;
import java.util.UUID;

/** A waiting message whose time has come, claimed by one sweep; {@code attempts} counts this one. */
public record Due(UUID id, Waiting kind, String key, Instant dueAt, String payload, int attempts) {
}
