package app.slate.casting.reads;

import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is on a project's team, and with what access: the one rule, used by casting itself and by
 * every context that shows a team something (matching's suggestions and weights, media's playback).
 * The owner runs the team; an accepted collaborator has the access they were invited with; an
 * admin may read every project (moderation) but does not cast; anyone else is not on it.
 */
@ApplicationScoped
public class TeamAccess {

    /** The project's owner and the caller's accepted collaboration, read in one query by whoever asks. */
    static final String MEMBERSHIP_COLUMNS = """
            p.owner_id, (SELECT c.access FROM project_collaborators c
                         WHERE c.project_id = p.id AND c.account_id = $2 AND c.accepted_at IS NOT NULL) AS collaborator_access""";
    private static final String OF_PROJECT = "SELECT " + MEMBERSHIP_COLUMNS + " FROM projects p WHERE p.id = $1";

    private final Pool database;

    public TeamAccess(Pool database) {
        this.database = database;
    }

    /** The rule itself. {@code collaboratorAccess} is the caller's accepted collaboration, or null. */
    public static Optional<Access> decide(String ownerId, String collaboratorAccess, Caller caller) {
        if (ownerId.equals(caller.userId())) {
            return Optional.of(Access.OWNER);
        }
        if (collaboratorAccess != null) {
            return Optional.of(Access.valueOf(collaboratorAccess));
        }
        return caller.isAdmin() ? Optional.of(Access.VIEWER) : Optional.empty();
    }

    /** The caller's access to a project; empty when the project does not exist or the caller is not on its team. */
    public Uni<Optional<Access>> of(Caller caller, UUID projectId) {
        return database.preparedQuery(OF_PROJECT).execute(Tuple.of(projectId, caller.userId()))
                .map(rows -> rows.size() == 0 ? Optional.<Access>empty() : decide(rows.iterator().next(), caller));
    }

    /** The rule applied to a row that selected {@link #MEMBERSHIP_COLUMNS}. */
    static Optional<Access> decide(Row row, Caller caller) {
        return decide(row.getString("owner_id"), row.getString("collaborator_access"), caller);
    }
}
