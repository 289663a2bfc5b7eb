package app.slate.messaging.message;

import app.slate.identity.reads.Accounts;
import app.slate.media.reads.MediaReads;
import app.slate.messaging.conversation.Conversation;
import app.slate.messaging.conversation.Conversations;
import app.slate.messaging.conversation.Conversations.Reached;
import app.slate.messaging.conversation.Membership;
import app.slate.messaging.conversation.Side;
import app.slate.platform.auth.Caller;
import app.slate.platform.events.MessagingEvents;
import app.slate.platform.events.MessagingEvents.ConversationRead;
import app.slate.platform.events.MessagingEvents.MessageChanged;
import app.slate.platform.events.MessagingEvents.MessagePosted;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sending, correcting, deleting and reading messages (owner of {@code conversation_messages}).
 * A message takes the conversation's next number under the conversation's row lock, so every
 * participant sees the same order; its event is written in the same transaction, so a message is
 * never stored without its notice or announced without being stored.
 */
@ApplicationScoped
public class Messages {

    private static final String COLUMNS = """
            id, conversation_id, seq, sender_id, sender_side, body, attachments, sent_at, edited_at, deleted_at, removed_reason""";
    private static final String NEXT_SEQ = "UPDATE conversations SET last_seq = last_seq + 1, last_message_at = $2 WHERE id = $1 RETURNING last_seq";
    private static final String INSERT = """
            INSERT INTO conversation_messages (id, conversation_id, seq, sender_id, sender_side, body, attachments, sent_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";
    private static final String MARK_READ = """
            INSERT INTO conversation_reads (conversation_id, account_id, read_seq, read_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (conversation_id, account_id) DO UPDATE SET read_seq = excluded.read_seq, read_at = excluded.read_at
            WHERE conversation_reads.read_seq < excluded.read_seq
            RETURNING read_seq""";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM conversation_messages WHERE conversation_id = $1 AND seq < $2 "
            + "ORDER BY seq DESC LIMIT $3";
    private static final String ONE = "SELECT " + COLUMNS + " FROM conversation_messages WHERE id = $1";
    private static final String EDIT = "UPDATE conversation_messages SET body = $2, edited_at = $3 WHERE id = $1";
    private static final String DELETE = "UPDATE conversation_messages SET body = NULL, attachments = '{}', deleted_at = $2 WHERE id = $1";
    private static final String REMOVE = "UPDATE conversation_messages SET removed_reason = $2 WHERE id = $1 AND removed_reason IS NULL";

    private final Pool database;
    private final Outbox outbox;
    private final Conversations conversations;
    private final Membership membership;
    private final MediaReads media;
    private final Accounts accounts;

    public Messages(Pool database, Outbox outbox, Conversations conversations, Membership membership, MediaReads media, Accounts accounts) {
        this.database = database;
        this.outbox = outbox;
        this.conversations = conversations;
        this.membership = membership;
        this.media = media;
        this.accounts = accounts;
    }

    public Uni<MessageView> post(Caller caller, UUID conversationId, MessageRequest request) {
        String words = request.words();
        return conversations.reach(caller, conversationId).chain(reached -> {
            if (!reached.seat().mayWrite()) {
                throw ProblemException.forbidden("Viewers on a project's team read its conversations with talent; editors and owners write in them.");
            }
            Conversation conversation = reached.conversation();
            Uni<Void> allowed = reached.seat().side() == Side.TALENT
                    ? membership.checkTalentMayWrite(caller, conversation) : Uni.createFrom().voidItem();
            // A minor's media are theirs even when their guardian sends them.
            String owner = reached.seat().side() == Side.TALENT ? conversation.talentId().toString() : caller.userId();
            return allowed.chain(() -> attachable(request.attachmentIds(), owner))
                    .chain(() -> send(conversation, reached.seat().reader(), reached.seat().side(), words, request.attachmentIds()));
        });
    }

    Uni<Void> attachable(List<UUID> attachments, String owner) {
        if (attachments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return media.readyOwnedBy(attachments, owner).invoke(ready -> {
            if (!ready.containsAll(attachments)) {
                throw ProblemException.invalid("attachments", "Attach only media of your own that are ready to play.");
            }
        }).replaceWithVoid();
    }

    /** Sends in a conversation whose sender was already checked (also a team's message to a whole shortlist). */
    public Uni<MessageView> send(Conversation conversation, UUID sender, Side side, String text, List<UUID> attachments) {
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        return membership.participants(conversation).chain(participants -> senderName(sender).chain(name ->
                database.withTransaction(connection -> connection.preparedQuery(NEXT_SEQ)
                        .execute(Tuple.of(conversation.id(), now.atOffset(ZoneOffset.UTC)))
                        .map(rows -> rows.iterator().next().getLong("last_seq"))
                        .call(seq -> connection.preparedQuery(INSERT).execute(Tuple.from(new Object[] {id, conversation.id(), seq, sender,
                                side.name(), text, attachments.toArray(UUID[]::new), now.atOffset(ZoneOffset.UTC)})))
                        .call(seq -> connection.preparedQuery(MARK_READ).execute(Tuple.of(conversation.id(), sender, seq, now.atOffset(ZoneOffset.UTC))))
                        .call(seq -> outbox.record(connection, MessagingEvents.MESSAGE_POSTED, Map.of(conversation.id().toString(),
                                new MessagePosted(conversation.id(), conversation.title(), id, seq, sender, name, side.name(), text, attachments,
                                        now, participants.everyone(), participants.talentSide()))))
                        .map(seq -> new MessageView(id, conversation.id(), seq, sender, name, side, text, attachments, now, null, false, null)))));
    }

    /** The author corrects their words within {@link EditWindow}. */
    public Uni<MessageView> edit(Caller caller, UUID conversationId, UUID messageId, EditRequest request) {
        return authored(caller, conversationId, messageId).chain(found -> {
            MessageView message = found.message();
            if (message.deleted() || message.removedReason() != null) {
                throw ProblemException.conflict("This message was deleted or removed; it cannot be edited.");
            }
            Instant now = Instant.now();
            if (!EditWindow.open(message.sentAt(), now)) {
                throw ProblemException.conflict("Messages can be edited for " + EditWindow.LENGTH.toMinutes()
                        + " minutes after sending; send a new one instead.");
            }
            String text = request.text().strip();
            return change(found.reached().conversation(), messageId, EDIT, Tuple.of(messageId, text, now.atOffset(ZoneOffset.UTC)),
                    new Change(message.seq(), "EDITED", text, now))
                    .replaceWith(new MessageView(message.id(), conversationId, message.seq(), message.senderId(), message.senderName(),
                            message.side(), text, message.attachments(), message.sentAt(), now, false, null));
        });
    }

    /** The author deletes a message: a tombstone stays in its place. Deleting it again changes nothing. */
    public Uni<Void> delete(Caller caller, UUID conversationId, UUID messageId) {
        return authored(caller, conversationId, messageId).chain(found -> {
            if (found.message().deleted()) {
                return Uni.createFrom().voidItem();
            }
            Instant now = Instant.now();
            return change(found.reached().conversation(), messageId, DELETE, Tuple.of(messageId, now.atOffset(ZoneOffset.UTC)),
                    new Change(found.message().seq(), "DELETED", null, now));
        });
    }

    /** Moderators take a reported message down: its words are hidden behind their reason, for everyone in the conversation. */
    public Uni<Void> remove(UUID messageId, String reason, AlongsideChange audited) {
        return message(messageId).chain(message -> conversations.one(message.conversationId()).chain(conversation -> change(
                conversation.orElseThrow(), messageId, REMOVE, Tuple.of(messageId, reason), new Change(message.seq(), "REMOVED", null, Instant.now()),
                audited)));
    }

    /** Any message, as moderators reviewing a report read it (a removed one with its words). */
    public Uni<MessageView> message(UUID messageId) {
        return database.preparedQuery(ONE).execute(Tuple.of(messageId)).chain(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("No message has this id.");
            }
            Row row = rows.iterator().next();
            return named(List.of(row)).map(views -> views.get(0));
        });
    }

    /** Messages before {@code beforeSeq}, newest first, as participants see them. */
    public Uni<List<MessageView>> page(Caller caller, UUID conversationId, long beforeSeq, int limit) {
        return conversations.reach(caller, conversationId)
                .chain(reached -> database.preparedQuery(PAGE).execute(Tuple.of(conversationId, beforeSeq, limit)))
                .chain(rows -> {
                    List<Row> found = new ArrayList<>();
                    rows.forEach(found::add);
                    return named(found);
                })
                .map(views -> views.stream().map(Messages::asSeen).toList());
    }

    /**
     * The reader has read up to {@code upToSeq} (the last message when null): others see the receipt,
     * and the notice waiting for the reader about this conversation is dropped. Reading backwards changes nothing.
     */
    public Uni<Void> read(Caller caller, UUID conversationId, Long upToSeq) {
        return conversations.reach(caller, conversationId).chain(reached -> {
            Conversation conversation = reached.conversation();
            long seq = upToSeq == null ? conversation.lastSeq() : Math.min(upToSeq, conversation.lastSeq());
            UUID reader = reached.seat().reader();
            Instant now = Instant.now();
            return membership.participants(conversation).chain(participants -> database.withTransaction(connection -> connection
                    .preparedQuery(MARK_READ).execute(Tuple.of(conversationId, reader, seq, now.atOffset(ZoneOffset.UTC)))
                    .chain(moved -> moved.size() == 0 ? Uni.createFrom().voidItem()
                            : outbox.record(connection, MessagingEvents.CONVERSATION_READ, Map.of(conversationId.toString(),
                                    new ConversationRead(conversationId, reader, seq, now, participants.everyone()))))));
        });
    }

    private record Change(long seq, String kind, String text, Instant at) {
    }

    private record Authored(Reached reached, MessageView message) {
    }

    private Uni<Authored> authored(Caller caller, UUID conversationId, UUID messageId) {
        return conversations.reach(caller, conversationId).chain(reached -> message(messageId).map(message -> {
            if (!message.conversationId().equals(conversationId)) {
                throw ProblemException.notFound("No message has this id.");
            }
            if (!reached.seat().reader().equals(message.senderId())) {
                throw ProblemException.forbidden("Only its author can change a message.");
            }
            return new Authored(reached, message);
        }));
    }

    private Uni<Void> change(Conversation conversation, UUID messageId, String sql, Tuple arguments, Change change) {
        return change(conversation, messageId, sql, arguments, change, AlongsideChange.NOTHING);
    }

    private Uni<Void> change(Conversation conversation, UUID messageId, String sql, Tuple arguments, Change change, AlongsideChange alongside) {
        return membership.participants(conversation).chain(participants -> database.withTransaction(connection -> connection
                .preparedQuery(sql).execute(arguments)
                .chain(changed -> changed.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : outbox.record(connection, MessagingEvents.MESSAGE_CHANGED, Map.of(conversation.id().toString(),
                                new MessageChanged(conversation.id(), messageId, change.seq(), change.kind(), change.text(), change.at(),
                                        participants.everyone())))
                                .chain(() -> alongside.write(connection)))));
    }

    private Uni<String> senderName(UUID sender) {
        return accounts.displayNames(List.of(sender)).map(names -> names.get(sender));
    }

    private Uni<List<MessageView>> named(List<Row> rows) {
        Set<UUID> senders = new HashSet<>();
        rows.forEach(row -> {
            if (row.getUUID("sender_id") != null) {
                senders.add(row.getUUID("sender_id"));
            }
        });
        return accounts.displayNames(senders).map(names -> rows.stream().map(row -> new MessageView(row.getUUID("id"),
                row.getUUID("conversation_id"), row.getLong("seq"), row.getUUID("sender_id"), names.get(row.getUUID("sender_id")),
                Side.valueOf(row.getString("sender_side")), row.getString("body"), Arrays.asList(row.getArrayOfUUIDs("attachments")),
                row.getOffsetDateTime("sent_at").toInstant(), instant(row, "edited_at"), row.getValue("deleted_at") != null,
                row.getString("removed_reason"))).toList());
    }

    /** What participants see of a removed message: the moderators' reason, not the words or files. */
    private static MessageView asSeen(MessageView message) {
        if (message.removedReason() == null) {
            return message;
        }
        return new MessageView(message.id(), message.conversationId(), message.seq(), message.senderId(), message.senderName(),
                message.side(), null, List.of(), message.sentAt(), message.editedAt(), message.deleted(), message.removedReason());
    }

    private static Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column) == null ? null : row.getOffsetDateTime(column).toInstant();
    }
}
