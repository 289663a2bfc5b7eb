package app.slate.casting.selftape;

import app.slate.casting.reads.Access;
import app.slate.casting.role.TeamRole;
import app.slate.casting.submission.StatusChanges;
import app.slate.casting.submission.Submission;
import app.slate.casting.submission.SubmissionService;
import app.slate.casting.submission.SubmissionStatus;
import app.slate.identity.account.ActingTalent;
import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.platform.auth.Caller;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Self-tape requests: the team asks, the talent confirms or declines, then sends the tape before the deadline. */
@ApplicationScoped
public class SelfTapeService {

    private final StatusChanges changes;
    private final Outbox outbox;

    public SelfTapeService(StatusChanges changes, Outbox outbox) {
        this.changes = changes;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<SelfTapeView> request(Caller caller, UUID submissionId, SelfTapeInvitation invitation) {
        if (!invitation.deadline().isAfter(Instant.now())) {
            throw ProblemException.invalid("deadline", "must be in the future");
        }
        Uni<Void> sides = invitation.sidesAssetId() == null ? Uni.createFrom().voidItem()
                : MediaAsset.linkable(caller.userId(), invitation.sidesAssetId(), Set.of(MediaKind.DOCUMENT), "sidesAssetId")
                        .replaceWithVoid();
        return sides.chain(() -> SubmissionService.teamSubmission(caller, submissionId, Access.EDITOR)).chain(reached -> {
            Submission submission = reached.submission();
            TeamRole team = reached.team();
            if (!submission.status().inContention()) {
                throw ProblemException.conflict("A " + submission.status.toLowerCase() + " submission cannot be asked for a self-tape.");
            }
            SelfTapeRequest request = new SelfTapeRequest();
            request.id = UUID.randomUUID();
            request.submissionId = submission.id;
            request.instructions = invitation.instructions();
            request.deadline = invitation.deadline();
            request.sidesAssetId = invitation.sidesAssetId();
            request.status = SelfTapeStatus.INVITED.name();
            request.requestedBy = caller.userId();
            request.createdAt = Instant.now();
            request.updatedAt = request.createdAt;
            // Asking again (a second take) leaves the status where it is; the request itself is the news.
            Uni<Void> moved = submission.status().teamMayMoveTo(SubmissionStatus.SELF_TAPE_REQUESTED)
                    ? changes.move(submission, SubmissionStatus.SELF_TAPE_REQUESTED, caller.userId(), "Self-tape requested",
                            team.role(), team.project(), List.of())
                    : Uni.createFrom().voidItem();
            return request.persist().chain(() -> moved)
                    .chain(() -> outbox.record(CastingEvents.SELF_TAPE_REQUESTED, request.id.toString(), new CastingEvents.SelfTapeRequested(request.id, submission.id, team.role().name,
                                    team.project().publicTitle(), request.deadline, List.of(submission.talentId))))
                    .map(ignored -> SelfTapeView.of(request));
        });
    }

    @WithTransaction
    public Uni<SelfTapeView> confirm(Caller caller, UUID requestId) {
        return answerable(caller, requestId, Set.of(SelfTapeStatus.INVITED, SelfTapeStatus.CONFIRMED)).map(request -> {
            request.status = SelfTapeStatus.CONFIRMED.name();
            request.updatedAt = Instant.now();
            return SelfTapeView.of(request);
        });
    }

    @WithTransaction
    public Uni<SelfTapeView> decline(Caller caller, UUID requestId, String reason) {
        return answerable(caller, requestId, Set.of(SelfTapeStatus.INVITED, SelfTapeStatus.CONFIRMED)).map(request -> {
            request.status = SelfTapeStatus.DECLINED.name();
            request.declineReason = reason;
            request.updatedAt = Instant.now();
            return request;
        }).call(this::answered).map(SelfTapeView::of);
    }

    /** Sends the tape: a ready video of the talent's own. A tape may be replaced until the deadline. */
    @WithTransaction
    public Uni<SelfTapeView> submitTape(Caller caller, UUID requestId, UUID mediaAssetId) {
        return answerable(caller, requestId, Set.of(SelfTapeStatus.INVITED, SelfTapeStatus.CONFIRMED, SelfTapeStatus.SUBMITTED))
                .call(request -> MediaAsset.linkable(caller.userId(), mediaAssetId, Set.of(MediaKind.VIDEO), "mediaAssetId"))
                .map(request -> {
                    request.tapeAssetId = mediaAssetId;
                    request.status = SelfTapeStatus.SUBMITTED.name();
                    request.updatedAt = Instant.now();
                    return request;
                })
                .call(this::answered)
                .map(SelfTapeView::of);
    }

    /** Notifications stops the request's reminders. */
    private Uni<Void> answered(SelfTapeRequest request) {
        return outbox.record(CastingEvents.SELF_TAPE_ANSWERED, request.id.toString(),
                new CastingEvents.SelfTapeAnswered(request.id, request.submissionId, request.status)).replaceWithVoid();
    }

    /** The caller's own request, in one of the given states and before its deadline. */
    private static Uni<SelfTapeRequest> answerable(Caller caller, UUID requestId, Set<SelfTapeStatus> allowed) {
        return ActingTalent.check(caller, "Submissions")
                .chain(() -> SelfTapeRequest.<SelfTapeRequest>findById(requestId))
                .onItem().ifNull().failWith(SelfTapeService::notFound)
                .call(request -> SubmissionService.own(caller, request.submissionId)
                        .onFailure().transform(e -> notFound()))
                .invoke(request -> {
                    SelfTapeStatus status = request.status(Instant.now());
                    if (status == SelfTapeStatus.EXPIRED) {
                        throw new ProblemException(Problem.of("self-tape-expired", "Self-tape deadline passed", 409,
                                "This self-tape was due by " + request.deadline + ".", List.of()));
                    }
                    if (!allowed.contains(status)) {
                        throw ProblemException.conflict("This self-tape request is already " + status.name().toLowerCase() + ".");
                    }
                });
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Self-tape request not found");
    }
}
