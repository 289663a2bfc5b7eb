package app.slate.notifications.conversations;

import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.casting.CastingMessages.Cause;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import app.slate.platform.events.MessagingEvents.ConversationRead;
import app.slate.platform.events.MessagingEvents.MessagePosted;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Messages reach people who are away as one notice per conversation, not one per message: the first
 * unread message starts a window ({@code slate.notifications.message-window}), the ones after it join,
 * and reading the conversation before it ends cancels the notice (someone with the app open reads as
 * the frames arrive, so they get none). Then push or email as they chose for {@code MESSAGES},
 * through their quiet hours like everything else.
 */
@ApplicationScoped
public class MessageNotices {

    /** One message waiting for one reader; {@code senderId} lets an erasure take the sender's out. */
    public record Entry(UUID conversationId, UUID reader, UUID senderId, String from, String title) {
    }

    private final Schedule schedule;
    private final CastingMessages messages;
    private final Duration window;

    public MessageNotices(Schedule schedule, CastingMessages messages,
                          @ConfigProperty(name = "slate.notifications.message-window") Duration window) {
        this.schedule = schedule;
        this.messages = messages;
        this.window = window;
    }

    public void posted(MessagePosted message, Instant now) {
        String from = message.senderName() == null ? "" : message.senderName();
        for (UUID reader : message.told()) {
            schedule.gather(Waiting.MESSAGES, key(reader, message.conversationId()), now.plus(window), message.messageId().toString(),
                    new Entry(message.conversationId(), reader, message.senderId(), from, message.conversationTitle()));
        }
    }

    public void read(ConversationRead read) {
        schedule.cancel(key(read.readerId(), read.conversationId()));
    }

    public void send(Due due, Instant now) {
        JsonNode entries = schedule.payload(due, JsonNode.class).path("entries");
        Set<String> senders = new LinkedHashSet<>();
        JsonNode last = null;
        for (JsonNode entry : entries) {
            senders.add(entry.path("from").asText());
            last = entry;
        }
        if (last == null) {
            return;
        }
        messages.messagesWaiting(new Cause(due.id(), "messages-waiting"), UUID.fromString(last.path("reader").asText()), entries.size(),
                String.join(", ", senders), last.path("title").asText(), UUID.fromString(last.path("conversationId").asText()), now);
    }

    private static String key(UUID reader, UUID conversation) {
        return "messages:" + reader + ":" + conversation;
    }
}
