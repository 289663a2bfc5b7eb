package app.slate.messaging.reads;

import app.slate.casting.reads.ConversationSubjects;
import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Messages as other contexts may ask about them: whether one exists (a report is checked against
 * that), and whether someone may play a media item because it was attached, and still is, to a
 * message in a conversation they are in (the talent's side, or the project's team as it is now).
 */
@ApplicationScoped
public class SharedMessages {

    private static final String ATTACHED_FOR = """
            SELECT 1 FROM conversation_messages m JOIN conversations c ON c.id = m.conversation_id
             WHERE m.attachments @> ARRAY[$1]::uuid[] AND m.deleted_at IS NULL AND m.removed_reason IS NULL
               AND (c.talent_id = $2 OR c.project_id = ANY($3))
             LIMIT 1""";

    private final Pool database;
    private final ConversationSubjects subjects;

    public SharedMessages(Pool database, ConversationSubjects subjects) {
        this.database = database;
        this.subjects = subjects;
    }

    public Uni<Boolean> exists(UUID messageId) {
        return database.preparedQuery("SELECT 1 FROM conversation_messages WHERE id = $1").execute(Tuple.of(messageId))
                .map(rows -> rows.size() > 0);
    }

    public Uni<Boolean> attachedFor(Caller caller, UUID assetId) {
        UUID self;
        try {
            self = UUID.fromString(caller.userId());
        } catch (IllegalArgumentException notAnAccount) {
            return Uni.createFrom().item(false);
        }
        return subjects.projectsOf(caller.userId()).chain(projects -> database.preparedQuery(ATTACHED_FOR)
                .execute(Tuple.of(assetId, self, projects.toArray(UUID[]::new))).map(rows -> rows.size() > 0));
    }
}
