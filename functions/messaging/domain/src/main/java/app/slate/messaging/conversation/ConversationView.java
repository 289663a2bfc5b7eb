package app.slate.messaging.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as a participant sees it: what it is about, how many messages they have not
 * read, and how far each other participant has read (read receipts).
 */
public record ConversationView(UUID id, ConversationKind kind, UUID projectId, UUID subjectId, UUID talentId, String title,
                               Instant createdAt, Instant lastMessageAt, long lastSeq, long unread, List<ReadReceipt> readBy) {

    /** {@code accountId} has read every message up to {@code readSeq}. */
    public record ReadReceipt(UUID accountId, long readSeq, Instant readAt) {
    }
}
