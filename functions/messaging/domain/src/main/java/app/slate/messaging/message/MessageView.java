package app.slate.messaging.message;

import app.slate.messaging.conversation.Side;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as participants see it. A deleted one keeps its place (a tombstone: no words, no
 * files); one removed by moderators shows why instead of its words.
 */
public record MessageView(UUID id, UUID conversationId, long seq, UUID senderId, String senderName, Side side, String text,
                          List<UUID> attachments, Instant sentAt, Instant editedAt, boolean deleted, String removedReason) {
}
