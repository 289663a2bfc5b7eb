package app.slate.messaging.conversation;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.util.UUID;

/** A conversation's row. {@code talentId} is null for a team thread; {@code lastSeq} is its last message's number. */
public record Conversation(UUID id, UUID projectId, ConversationKind kind, UUID subjectId, UUID talentId, String title,
                           UUID openedBy, Instant createdAt, Instant lastMessageAt, long lastSeq) {

    static final String COLUMNS = "c.id, c.project_id, c.kind, c.subject_id, c.talent_id, c.title, c.opened_by, c.created_at, "
            + "c.last_message_at, c.last_seq";

    static Conversation of(Row row) {
        return new Conversation(row.getUUID("id"), row.getUUID("project_id"), ConversationKind.valueOf(row.getString("kind")),
                row.getUUID("subject_id"), row.getUUID("talent_id"), row.getString("title"), row.getUUID("opened_by"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("last_message_at").toInstant(),
                row.getLong("last_seq"));
    }

    public boolean withTalent() {
        return talentId != null;
    }
}
