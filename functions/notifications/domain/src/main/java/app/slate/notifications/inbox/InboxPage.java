package app.slate.notifications.inbox;

import java.util.List;

/** Newest first; {@code nextCursor} is null on the last page. */
public record InboxPage(List<InboxItem> items, String nextCursor) {
}
