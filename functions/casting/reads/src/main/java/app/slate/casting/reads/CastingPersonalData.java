package app.slate.casting.reads;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What casting holds about a person. Their submissions stay in each team's pipeline as anonymised
 * lines (role, status history, times; no talent, profile, note or media), so a project's records
 * stay coherent; notes and ratings about them and invitations to them go; where they acted for a
 * team (owner, collaborator, reviewer), the team's records keep the action under a tombstone.
 */
@ApplicationScoped
public class CastingPersonalData implements PersonalData {

    private static final String THEIRS = "SELECT id FROM submissions WHERE talent_id = $1";

    private final Pool database;

    public CastingPersonalData(Pool database) {
        this.database = database;
    }

    @Override
    public String area() {
        return "casting";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        String subject = person.subject();
        String tombstone = person.tombstone();
        return new ErasureSteps()
                .delete("preparation_packs", "their audition preparation", "DELETE FROM preparation_packs WHERE talent_id = $1", subject)
                .delete("submission_notes", "notes and ratings about them",
                        "DELETE FROM submission_notes WHERE submission_id IN (" + THEIRS + ")", subject)
                .anonymise("submission_notes", "notes they wrote for a team",
                        "UPDATE submission_notes SET author_id = $2 WHERE author_id = $1", subject, tombstone)
                .anonymise("submission_status_events", "status changes of their submissions and by them",
                        """
                        UPDATE submission_status_events SET actor_id = CASE WHEN actor_id = $1 THEN $2 ELSE actor_id END,
                               reason = CASE WHEN submission_id IN (%s) THEN NULL ELSE reason END
                         WHERE actor_id = $1 OR submission_id IN (%s)""".formatted(THEIRS, THEIRS), subject, tombstone)
                .anonymise("self_tape_requests", "self-tape requests to them (tape and reasons removed) or by them",
                        """
                        UPDATE self_tape_requests SET tape_asset_id = CASE WHEN submission_id IN (%s) THEN NULL ELSE tape_asset_id END,
                               decline_reason = CASE WHEN submission_id IN (%s) THEN NULL ELSE decline_reason END,
                               sides_asset_id = CASE WHEN sides_asset_id = ANY($3) THEN NULL ELSE sides_asset_id END,
                               requested_by = CASE WHEN requested_by = $1 THEN $2 ELSE requested_by END
                         WHERE submission_id IN (%s) OR requested_by = $1 OR sides_asset_id = ANY($3) OR tape_asset_id = ANY($3)"""
                                .formatted(THEIRS, THEIRS, THEIRS), subject, tombstone, person.media())
                .anonymise("audition_slots", "audition slots they booked or planned",
                        """
                        UPDATE audition_slots SET booked_by = CASE WHEN booked_by = $1 THEN $2 ELSE booked_by END,
                               created_by = CASE WHEN created_by = $1 THEN $2 ELSE created_by END
                         WHERE booked_by = $1 OR created_by = $1""", subject, tombstone)
                .anonymise("shortlists", "shortlists and entries they made",
                        "UPDATE shortlists SET created_by = $2 WHERE created_by = $1", subject, tombstone)
                .anonymise("shortlist_entries", "shortlist entries they added",
                        "UPDATE shortlist_entries SET added_by = $2 WHERE added_by = $1", subject, tombstone)
                .delete("role_invitations", "invitations to them",
                        "DELETE FROM role_invitations WHERE talent_id = $1", subject)
                .anonymise("role_invitations", "invitations they sent",
                        "UPDATE role_invitations SET invited_by = $2 WHERE invited_by = $1", subject, tombstone)
                .anonymise("submissions", "their submissions, kept as anonymised pipeline lines",
                        """
                        UPDATE submissions SET talent_id = $2, talent_profile_id = $3, note = NULL,
                               portfolio_item_ids = '{"itemIds": []}'::jsonb, submitted_by = $2
                         WHERE talent_id = $1""", subject, tombstone, person.tombstoneId())
                .anonymise("submissions", "submissions they made for someone else (as a guardian)",
                        "UPDATE submissions SET submitted_by = $2 WHERE submitted_by = $1", subject, tombstone)
                .delete("talent_list_entries", "their places on teams' talent lists, with the teams' notes",
                        "DELETE FROM talent_list_entries WHERE profile_id = $1", profile(person))
                .delete("talent_lists", "talent lists they kept",
                        "DELETE FROM talent_lists WHERE owner_id = $1", subject)
                .anonymise("talent_list_entries", "talent they added to teams' lists",
                        "UPDATE talent_list_entries SET added_by = $2 WHERE added_by = $1", subject, tombstone)
                .delete("project_collaborators", "their places in project teams",
                        "DELETE FROM project_collaborators WHERE account_id = $1 OR lower(email) = lower($2)", subject, email(person))
                .anonymise("project_collaborators", "team invitations they sent",
                        "UPDATE project_collaborators SET invited_by = $2 WHERE invited_by = $1", subject, tombstone)
                .anonymise("projects", "projects they owned (kept for their teams)",
                        "UPDATE projects SET owner_id = $2 WHERE owner_id = $1", subject, tombstone)
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        String subject = person.subject();
        return new ExportRows()
                .add("auditionPreparation", "SELECT submission_id, pack, extracted_by, prepared_at FROM preparation_packs WHERE talent_id = $1",
                        person.subject())
                .add("submissions", """
                        SELECT s.id, s.role_id, r.name AS role, s.status, s.note, s.portfolio_item_ids, s.created_at, s.updated_at
                          FROM submissions s JOIN casting_roles r ON r.id = s.role_id WHERE s.talent_id = $1 ORDER BY s.created_at""", subject)
                .add("submissionHistory", """
                        SELECT e.submission_id, e.from_status, e.to_status, e.reason, e.occurred_at
                          FROM submission_status_events e WHERE e.submission_id IN (%s) ORDER BY e.occurred_at""".formatted(THEIRS), subject)
                .add("selfTapeRequests", """
                        SELECT t.id, t.submission_id, t.instructions, t.deadline, t.status, t.tape_asset_id, t.decline_reason, t.created_at
                          FROM self_tape_requests t WHERE t.submission_id IN (%s) ORDER BY t.created_at""".formatted(THEIRS), subject)
                .add("auditions", """
                        SELECT a.id, a.role_id, a.round, a.starts_at, a.duration_minutes, a.mode, a.time_zone, a.location, a.meeting_url
                          FROM audition_slots a WHERE a.submission_id IN (%s) ORDER BY a.starts_at""".formatted(THEIRS), subject)
                .add("invitations", "SELECT role_id, invited_at FROM role_invitations WHERE talent_id = $1 ORDER BY invited_at", subject)
                .add("projectsOwned", """
                        SELECT id, title, project_type, production_company, created_at FROM projects WHERE owner_id = $1 ORDER BY created_at""", subject)
                .add("talentLists", """
                        SELECT l.id, l.name, l.created_at, e.profile_id, e.note, e.added_at
                          FROM talent_lists l LEFT JOIN talent_list_entries e ON e.list_id = l.id
                         WHERE l.owner_id = $1 ORDER BY l.created_at, e.added_at""", subject)
                .add("teamPlaces", """
                        SELECT project_id, email, access, invited_at, accepted_at FROM project_collaborators
                         WHERE account_id = $1 OR lower(email) = lower($2) ORDER BY invited_at""", subject, email(person))
                .run(database);
    }

    /** A person without a profile matches no entry (the nil id is no profile's). */
    private static UUID profile(Person person) {
        return person.profileId() == null ? new UUID(0, 0) : person.profileId();
    }

    private static String email(Person person) {
        return person.email() == null ? "" : person.email();
    }
}
