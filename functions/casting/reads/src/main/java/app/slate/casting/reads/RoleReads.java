package app.slate.casting.reads;

import app.slate.platform.auth.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Roles as the other contexts may read them (matching embeds them and shows their teams
 * suggestions). Casting owns and writes roles and projects; this is the only way in from outside.
 */
@ApplicationScoped
public class RoleReads {

    /** A role with what talent may see of its project, and the asking caller's access to that project. */
    public record Role(UUID id, UUID projectId, long version, String status, boolean listed, Instant deadline,
                       String publicProjectTitle, String projectType, JsonNode details, Optional<Access> callerAccess) {
    }

    private static final String ROLE = """
            SELECT r.id, r.project_id, r.version, r.status, r.visibility, r.deadline, r.details::text AS details,
                   p.title, p.project_type, p.confidential, %s
            FROM casting_roles r JOIN projects p ON p.id = r.project_id WHERE r.id = $1""".formatted(TeamAccess.MEMBERSHIP_COLUMNS);
    private static final String AFTER = "SELECT id FROM casting_roles WHERE id > $1 ORDER BY id LIMIT $2";
    /** Nobody: for readers that ask as the system (an indexer), never on any team. */
    private static final Caller SYSTEM = new Caller("", Set.of());

    private final Pool database;
    private final ObjectMapper json;

    public RoleReads(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The role as the system sees it, or null. */
    public Uni<Role> role(UUID id) {
        return role(id, SYSTEM);
    }

    /** The role, with the caller's access to its project, or null. */
    public Uni<Role> role(UUID id, Caller caller) {
        return database.preparedQuery(ROLE).execute(Tuple.of(id, caller.userId()))
                .map(rows -> rows.size() == 0 ? null : role(rows.iterator().next(), caller));
    }

    /** Role ids after {@code after}, in id order: one page of a reindex. */
    public Uni<List<UUID>> idsAfter(UUID after, int limit) {
        return database.preparedQuery(AFTER).execute(Tuple.of(after, limit)).map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.getUUID("id")));
            return ids;
        });
    }

    private Role role(Row row, Caller caller) {
        Instant deadline = row.getOffsetDateTime("deadline").toInstant();
        String status = row.getString("status");
        String type = row.getString("project_type");
        return new Role(row.getUUID("id"), row.getUUID("project_id"), row.getLong("version"), status,
                RoleListing.listed(status, row.getString("visibility"), deadline, Instant.now()), deadline,
                RoleListing.publicTitle(row.getBoolean("confidential"), type, row.getString("title")), type,
                details(row.getString("details")), TeamAccess.decide(row, caller));
    }

    private JsonNode details(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored role details are not JSON", e);
        }
    }
}
