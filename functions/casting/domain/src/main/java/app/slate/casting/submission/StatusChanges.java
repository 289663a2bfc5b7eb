package app.slate.casting.submission;

import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectTeam;
import app.slate.casting.role.CastingRole;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every status change goes through here: the submission moves, a line is added to its history
 * and the event is written to the outbox, all in the caller's transaction. Whether the move is
 * allowed is the caller's check ({@link SubmissionStatus}).
 */
@ApplicationScoped
public class StatusChanges {

    private final Outbox outbox;

    public StatusChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> move(Submission submission, SubmissionStatus to, String actorId, String reason,
                          CastingRole role, Project project, List<String> recipients) {
        String from = submission.status;
        Instant now = Instant.now();
        submission.status = to.name();
        submission.updatedAt = now;
        return record(submission, from, actorId, reason, now)
                .chain(() -> outbox.record(CastingEvents.SUBMISSION_STATUS_CHANGED, submission.id.toString(), new CastingEvents.SubmissionStatusChanged(submission.id, role.id, role.name,
                                project.publicTitle(), submission.talentId, from, to.name(), reason, actorId, now, recipients)))
                .replaceWithVoid();
    }

    /**
     * The first line of a new submission's history, which it returns. The project's team are its
     * recipients: notifications gathers new submissions into each member's digest.
     */
    public Uni<StatusEvent> submitted(Submission submission, CastingRole role, Project project) {
        return record(submission, null, submission.submittedBy, null, submission.createdAt)
                .call(() -> ProjectTeam.memberIds(project).chain(team -> outbox.record(CastingEvents.SUBMISSION_STATUS_CHANGED,
                        submission.id.toString(), new CastingEvents.SubmissionStatusChanged(submission.id, role.id, role.name,
                                project.publicTitle(), submission.talentId, null, submission.status, null, submission.submittedBy,
                                submission.createdAt, team))));
    }

    private static Uni<StatusEvent> record(Submission submission, String from, String actorId, String reason, Instant at) {
        StatusEvent event = new StatusEvent();
        event.id = UUID.randomUUID();
        event.submissionId = submission.id;
        event.from = from;
        event.to = submission.status;
        event.actorId = actorId;
        event.reason = reason;
        event.occurredAt = at;
        return event.persist();
    }
}
