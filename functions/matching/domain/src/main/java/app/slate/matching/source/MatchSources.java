package app.slate.matching.source;

import app.slate.matching.role.RoleFeatures;
import app.slate.matching.talent.TalentFeatures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads profiles and roles as matching sees them, straight from their tables (talent-api and
 * casting-api own the writes). The current row is always what gets embedded, so an event only
 * says what changed, never carries the state.
 */
@ApplicationScoped
public class MatchSources {

    /** A profile, whether published, and the portfolio item of its primary headshot. */
    public record Profile(TalentFeatures features, boolean published, String headshotItemId) {
    }

    /** A role, and the caller's access to its project: OWNER, EDITOR or VIEWER, or null when not on the team. */
    public record Role(RoleFeatures features, String status, String callerAccess) {
        public boolean callerOnTeam() {
            return callerAccess != null;
        }
    }

    private static final String PROFILE = """
            SELECT p.id, p.owner_id, p.version, p.published, p.details::text AS details,
                   (SELECT i.id FROM portfolio_items i WHERE i.profile_id = p.id AND i.is_primary) AS headshot
            FROM talent_profiles p WHERE %s""";
    private static final String ROLE = """
            SELECT r.id, r.project_id, r.version, r.status, r.visibility, r.deadline, r.details::text AS details,
                   p.title, p.project_type, p.confidential,
                   %s AS access
            FROM casting_roles r JOIN projects p ON p.id = r.project_id WHERE r.id = $1""".formatted(access("p", "$2"));

    /** The SQL of a caller's access to project {@code alias}: the owner's, an accepted collaborator's, or null. */
    public static String access(String alias, String caller) {
        return ("CASE WHEN %1$s.owner_id = %2$s THEN 'OWNER' ELSE (SELECT c.access FROM project_collaborators c"
                + " WHERE c.project_id = %1$s.id AND c.account_id = %2$s AND c.accepted_at IS NOT NULL) END").formatted(alias, caller);
    }

    private final Pool database;
    private final ObjectMapper json;

    public MatchSources(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    public Uni<Profile> profile(UUID id) {
        return database.preparedQuery(PROFILE.formatted("p.id = $1")).execute(Tuple.of(id)).map(this::profile);
    }

    public Uni<Profile> profileOfOwner(String ownerId) {
        return database.preparedQuery(PROFILE.formatted("p.owner_id = $1")).execute(Tuple.of(ownerId)).map(this::profile);
    }

    /** The role, with {@code callerOnTeam} answered for {@code callerId} (any id when it does not matter). */
    public Uni<Role> role(UUID id, String callerId) {
        return database.preparedQuery(ROLE).execute(Tuple.of(id, callerId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            Instant deadline = row.getOffsetDateTime("deadline").toInstant();
            boolean listed = "OPEN".equals(row.getString("status")) && "PUBLIC".equals(row.getString("visibility"))
                    && deadline.isAfter(Instant.now());
            String type = row.getString("project_type");
            String title = row.getBoolean("confidential") ? "Untitled " + type.toLowerCase().replace('_', ' ') + " project"
                    : row.getString("title");
            return new Role(RoleFeatures.of(row.getUUID("id").toString(), row.getUUID("project_id").toString(),
                    row.getLong("version"), listed, deadline, title, type, details(row)),
                    row.getString("status"), row.getString("access"));
        });
    }

    /** Published profile ids after {@code after}, in id order: one page of a reindex. */
    public Uni<List<UUID>> publishedProfiles(UUID after, int limit) {
        return ids("SELECT id FROM talent_profiles WHERE published AND id > $1 ORDER BY id LIMIT $2", after, limit);
    }

    /** Role ids after {@code after}: the index keeps only listed ones, the worker decides per role. */
    public Uni<List<UUID>> roles(UUID after, int limit) {
        return ids("SELECT id FROM casting_roles WHERE id > $1 ORDER BY id LIMIT $2", after, limit);
    }

    private Uni<List<UUID>> ids(String sql, UUID after, int limit) {
        return database.preparedQuery(sql).execute(Tuple.of(after, limit)).map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.getUUID("id")));
            return ids;
        });
    }

    private Profile profile(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        UUID headshot = row.getUUID("headshot");
        return new Profile(TalentFeatures.of(row.getUUID("id").toString(), row.getString("owner_id"), row.getLong("version"),
                details(row)), row.getBoolean("published"), headshot == null ? null : headshot.toString());
    }

    private JsonNode details(Row row) {
        try {
            return json.readTree(row.getString("details"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored details are not JSON", e);
        }
    }
}
