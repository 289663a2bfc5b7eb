package app.slate.casting.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a conversation can be about, read for messaging: a submission (and the audition booked
 * on it), an invitation to submit, or a project (the team's own threads), with the project's
 * team as it stands now, so that a collaborator who leaves a project leaves its conversations
 * at the same moment.
 */
@ApplicationScoped
public class ConversationSubjects {

    /**
     * The project and role a conversation sits on, and the talent on the other side (null for a
     * team thread). {@code projectTitle} is the title talent may see: "Untitled ..." while confidential.
     */
    public record Subject(UUID projectId, String projectTitle, UUID roleId, String roleName, String talentId, UUID profileId) {
    }

    private static final String PROJECT_COLUMNS = "p.id AS project_id, p.title, p.confidential, p.project_type";
    private static final String SUBMISSION = "SELECT " + PROJECT_COLUMNS + """
            , r.id AS role_id, r.name AS role_name, s.talent_id, s.talent_profile_id
            FROM submissions s JOIN casting_roles r ON r.id = s.role_id JOIN projects p ON p.id = r.project_id
            WHERE s.id = $1""";
    private static final String INVITATION = "SELECT " + PROJECT_COLUMNS + """
            , r.id AS role_id, r.name AS role_name, i.talent_id, NULL::uuid AS talent_profile_id
            FROM role_invitations i JOIN casting_roles r ON r.id = i.role_id JOIN projects p ON p.id = r.project_id
            WHERE i.role_id = $1 AND i.talent_id = $2""";
    private static final String PROJECT = "SELECT " + PROJECT_COLUMNS + """
            , NULL::uuid AS role_id, NULL AS role_name, NULL AS talent_id, NULL::uuid AS talent_profile_id
            FROM projects p WHERE p.id = $1""";
    private static final String TEAM = """
            SELECT owner_id AS member FROM projects WHERE id = $1
            UNION SELECT account_id FROM project_collaborators WHERE project_id = $1 AND accepted_at IS NOT NULL""";
    private static final String PROJECTS_OF = """
            SELECT id FROM projects WHERE owner_id = $1
            UNION SELECT project_id FROM project_collaborators WHERE account_id = $1 AND accepted_at IS NOT NULL""";
    /** A shortlist's live submissions, with the project whose team it belongs to. */
    private static final String SHORTLISTED = """
            SELECT r.project_id, e.submission_id
            FROM shortlists l JOIN casting_roles r ON r.id = l.role_id
            LEFT JOIN shortlist_entries e ON e.shortlist_id = l.id
            LEFT JOIN submissions s ON s.id = e.submission_id AND s.status NOT IN ('WITHDRAWN', 'DECLINED')
            WHERE l.id = $1 AND (e.submission_id IS NULL OR s.id IS NOT NULL)
            ORDER BY e.added_at""";

    /** A shortlist's project and the live submissions on it, in the order they were added. */
    public record Shortlisted(UUID projectId, List<UUID> submissionIds) {
    }

    private final Pool database;

    public ConversationSubjects(Pool database) {
        this.database = database;
    }

    public Uni<Optional<Subject>> submission(UUID submissionId) {
        return database.preparedQuery(SUBMISSION).execute(Tuple.of(submissionId)).map(ConversationSubjects::first);
    }

    /** The talent's invitation to a role, if there is one. */
    public Uni<Optional<Subject>> invitation(UUID roleId, String talentId) {
        return database.preparedQuery(INVITATION).execute(Tuple.of(roleId, talentId)).map(ConversationSubjects::first);
    }

    public Uni<Optional<Subject>> project(UUID projectId) {
        return database.preparedQuery(PROJECT).execute(Tuple.of(projectId)).map(ConversationSubjects::first);
    }

    /** The owner and the accepted collaborators of a project, now. */
    public Uni<List<String>> team(UUID projectId) {
        return database.preparedQuery(TEAM).execute(Tuple.of(projectId)).map(rows -> {
            List<String> members = new ArrayList<>();
            rows.forEach(row -> members.add(row.getString("member")));
            return members;
        });
    }

    /** The projects whose team {@code accountId} is on now (owner or accepted collaborator). */
    public Uni<List<UUID>> projectsOf(String accountId) {
        return database.preparedQuery(PROJECTS_OF).execute(Tuple.of(accountId)).map(rows -> {
            List<UUID> projects = new ArrayList<>();
            rows.forEach(row -> projects.add(row.getUUID("id")));
            return projects;
        });
    }

    public Uni<Optional<Shortlisted>> shortlist(UUID shortlistId) {
        return database.preparedQuery(SHORTLISTED).execute(Tuple.of(shortlistId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            List<UUID> submissions = new ArrayList<>();
            UUID project = null;
            for (Row row : rows) {
                project = row.getUUID("project_id");
                if (row.getUUID("submission_id") != null) {
                    submissions.add(row.getUUID("submission_id"));
                }
            }
            return Optional.of(new Shortlisted(project, submissions));
        });
    }

    private static Optional<Subject> first(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new Subject(row.getUUID("project_id"),
                RoleListing.publicTitle(row.getBoolean("confidential"), row.getString("project_type"), row.getString("title")),
                row.getUUID("role_id"), row.getString("role_name"), row.getString("talent_id"), row.getUUID("talent_profile_id")));
    }
}
