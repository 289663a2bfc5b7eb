package app.slate.messaging.reads;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What messaging holds about a person. Their words go (each message they wrote becomes a
 * tombstone in its thread, so the other side's answers still read in order) and so do their
 * attachments wherever they were sent, and how far they had read; a conversation they were the
 * talent in stays with its team under a tombstone. Runs before media, whose files the attachments name.
 */
@ApplicationScoped
public class MessagingPersonalData implements PersonalData {

    private static final String THEIR_CONVERSATIONS = "SELECT id FROM conversations WHERE talent_id = $1";

    private final Pool database;

    public MessagingPersonalData(Pool database) {
        this.database = database;
    }

    @Override
    public String area() {
        return "messaging";
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        return new ErasureSteps()
                .anonymise("conversation_messages", "messages they wrote (left as tombstones)", """
                        UPDATE conversation_messages SET body = NULL, attachments = '{}', removed_reason = NULL, sender_id = $2,
                               deleted_at = COALESCE(deleted_at, now())
                         WHERE sender_id = $1""", person.accountId(), person.tombstoneId())
                .anonymise("conversation_messages", "their media attached by others", """
                        UPDATE conversation_messages SET attachments = ARRAY(SELECT a FROM unnest(attachments) a WHERE NOT a = ANY($1))
                         WHERE attachments && $1""", (Object) person.media())
                .delete("conversation_reads", "how far they had read", "DELETE FROM conversation_reads WHERE account_id = $1", person.accountId())
                .anonymise("conversations", "conversations they were the talent in, or opened", """
                        UPDATE conversations SET talent_id = CASE WHEN talent_id = $1 THEN $2 ELSE talent_id END,
                               opened_by = CASE WHEN opened_by = $1 THEN $2 ELSE opened_by END
                         WHERE talent_id = $1 OR opened_by = $1""", person.accountId(), person.tombstoneId())
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("conversations", """
                        SELECT id, kind, project_id, subject_id, title, created_at, last_message_at FROM conversations
                         WHERE talent_id = $1 ORDER BY created_at""", person.accountId())
                .add("messagesInTheirConversations", """
                        SELECT m.conversation_id, m.seq, m.sender_side, m.body, m.attachments, m.sent_at, m.edited_at, m.deleted_at
                          FROM conversation_messages m WHERE m.conversation_id IN (%s) AND m.removed_reason IS NULL
                         ORDER BY m.conversation_id, m.seq""".formatted(THEIR_CONVERSATIONS), person.accountId())
                .add("messagesTheyWrote", """
                        SELECT conversation_id, seq, body, attachments, sent_at, edited_at, deleted_at FROM conversation_messages
                         WHERE sender_id = $1 ORDER BY sent_at""", person.accountId())
                .run(database);
    }
}
