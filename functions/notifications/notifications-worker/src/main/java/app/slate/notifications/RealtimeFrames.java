package app.slate.notifications;

import app.slate.notifications.websocket.RealtimeChannel;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.MessagingEvents.ConversationRead;
import app.slate.platform.events.MessagingEvents.MessageChanged;
import app.slate.platform.events.MessagingEvents.MessagePosted;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What each event shows people's open apps, frame by frame ({@code type} and {@code data}): new
 * inbox items, submission status changes, messages, their edits and deletions, and read receipts.
 * Frames carry what the screen needs and never who else was told.
 */
@ApplicationScoped
public class RealtimeFrames {

    public record InboxItemFrame(UUID eventId, String type, String title, String body, String link, Instant occurredAt) {
    }

    public record StatusFrame(UUID submissionId, UUID roleId, String roleName, String from, String to, Instant occurredAt) {
    }

    public record MessageFrame(UUID conversationId, UUID messageId, long seq, UUID senderId, String senderName, String side, String text,
                               List<UUID> attachments, Instant sentAt) {
    }

    public record ChangeFrame(UUID conversationId, UUID messageId, long seq, String change, String text, Instant at) {
    }

    public record ReadFrame(UUID conversationId, UUID readerId, long readSeq, Instant readAt) {
    }

    private final RealtimeChannel channel;

    public RealtimeFrames(RealtimeChannel channel) {
        this.channel = channel;
    }

    void inboxItem(String recipient, EventEnvelope event, InboxTemplates.Message message) {
        channel.push(List.of(UUID.fromString(recipient)), "inbox.item",
                new InboxItemFrame(event.id(), event.type(), message.title(), message.body(), message.link(), event.occurredAt()));
    }

    void statusChanged(SubmissionStatusChanged change) {
        channel.push(accounts(change.recipients()), "submission.status",
                new StatusFrame(change.submissionId(), change.roleId(), change.roleName(), change.from(), change.to(), change.occurredAt()));
    }

    void messagePosted(MessagePosted m) {
        channel.push(m.participants(), "message.posted", new MessageFrame(m.conversationId(), m.messageId(), m.seq(), m.senderId(),
                m.senderName(), m.side(), m.text(), m.attachments(), m.sentAt()));
    }

    void messageChanged(MessageChanged c) {
        channel.push(c.participants(), "message.changed", new ChangeFrame(c.conversationId(), c.messageId(), c.seq(), c.change(), c.text(), c.at()));
    }

    void conversationRead(ConversationRead r) {
        channel.push(r.participants(), "conversation.read", new ReadFrame(r.conversationId(), r.readerId(), r.readSeq(), r.readAt()));
    }

    /** Recipients are account ids; anything else (a tombstone) has no connection. */
    private static List<UUID> accounts(List<String> ids) {
        return ids.stream().filter(id -> id.length() == 36).map(UUID::fromString).toList();
    }
}
