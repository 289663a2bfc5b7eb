package app.slate.messaging.conversation;

import java.util.List;

/** A page of someone's conversations, most recent first, with their unread messages across all of them. */
public record ConversationList(List<ConversationView> conversations, long unreadTotal, String next) {
}
