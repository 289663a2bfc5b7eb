package app.slate.notifications.inbox;

import java.time.Instant;

/** One message in a person's in-app inbox; {@code readAt} is null while it is unread. */
public record InboxItem(String id, String type, String title, String body, String link, Instant occurredAt, Instant readAt) {
}
