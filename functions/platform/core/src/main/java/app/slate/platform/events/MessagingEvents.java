package app.slate.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happens in a conversation, for notifications: every connected participant sees it at once
 * (WebSocket frames), and those away get one notice per conversation however many messages arrive
 * (batched; a read cancels it). {@code participants} are everyone in the conversation when it
 * happened (team, talent, a minor's guardian), the author included, whose other devices follow too.
 */
public final class MessagingEvents {

    public static final String AGGREGATE = "conversation";

    public static final EventType<MessagePosted> MESSAGE_POSTED =
            EventType.routed("messaging.message-posted", AGGREGATE, MessagePosted.class, Subscriber.NOTIFICATIONS);
    public static final EventType<MessageChanged> MESSAGE_CHANGED =
            EventType.routed("messaging.message-changed", AGGREGATE, MessageChanged.class, Subscriber.NOTIFICATIONS);
    public static final EventType<ConversationRead> CONVERSATION_READ =
            EventType.routed("messaging.conversation-read", AGGREGATE, ConversationRead.class, Subscriber.NOTIFICATIONS);

    /**
     * {@code side}: TEAM or TALENT; {@code conversationTitle} names the role or thread for a notice;
     * {@code talentSide}: the talent and a minor's guardian (empty in a team thread). Notices go to the
     * other side (in a team thread, to the rest of the team); frames to everyone.
     */
    public record MessagePosted(UUID conversationId, String conversationTitle, UUID messageId, long seq, UUID senderId,
                                String senderName, String side, String text, List<UUID> attachments, Instant sentAt,
                                List<UUID> participants, List<UUID> talentSide) {

        /** Who hears about the message when away: the other side, or in a team thread everyone else. */
        public List<UUID> told() {
            if (talentSide.isEmpty()) {
                return participants.stream().filter(p -> !p.equals(senderId)).toList();
            }
            return "TALENT".equals(side) ? participants.stream().filter(p -> !talentSide.contains(p)).toList() : talentSide;
        }
    }

    /** {@code change}: EDITED (with the new text), DELETED or REMOVED (by moderators; no text). */
    public record MessageChanged(UUID conversationId, UUID messageId, long seq, String change, String text, Instant at,
                                 List<UUID> participants) {
    }

    /** {@code readerId} has read up to message {@code readSeq}: a receipt for the others, and no notice for the reader. */
    public record ConversationRead(UUID conversationId, UUID readerId, long readSeq, Instant readAt, List<UUID> participants) {
    }

    private MessagingEvents() {
    }
}
