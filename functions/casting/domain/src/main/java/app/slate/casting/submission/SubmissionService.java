package app.slate.casting.submission;

import app.slate.casting.plan.PlanLimits;
import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectTeam;
import app.slate.casting.reads.Access;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleVisibility;
import app.slate.casting.role.TeamRole;
import app.slate.casting.selftape.SelfTapeRequest;
import app.slate.casting.selftape.SelfTapeView;
import app.slate.casting.verification.VerificationGates;
import app.slate.identity.account.ActingTalent;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Submissions from both sides: talent submit and withdraw; the casting team reads them and moves them along. */
@ApplicationScoped
public class SubmissionService {

    private final StatusChanges changes;
    private final PlanLimits limits;
    private final TeamReads reads;
    private final TalentReads talent;
    private final VerificationGates gates;
    private final RoleVisibility visibility;

    public SubmissionService(StatusChanges changes, PlanLimits limits, TeamReads reads, TalentReads talent, VerificationGates gates,
                             RoleVisibility visibility) {
        this.changes = changes;
        this.visibility = visibility;
        this.limits = limits;
        this.reads = reads;
        this.talent = talent;
        this.gates = gates;
    }

    /**
     * Submits to a role. The role is locked for the transaction and checked open and before its
     * deadline here, whatever the deadline job has done: a late submission is refused at the door.
     */
    @WithTransaction
    public Uni<SubmissionViews.ForTalent> submit(Caller caller, UUID roleId, SubmissionRequest request) {
        return ActingTalent.check(caller, "Submissions")
                .chain(() -> talent.ofOwner(caller.userId()))
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("profile-required",
                        "Create your talent profile (POST /talents/me) before submitting."))
                .chain(profile -> CastingRole.lockedForSubmission(roleId)
                        .chain(role -> visibility.openTo(caller, role))
                        .call(role -> gates.checkSubmission(caller, role))
                        .call(role -> checkPortfolio(profile, request.portfolioItemIds()))
                        .call(role -> Submission.count("roleId = ?1 and talentId = ?2 and status <> 'WITHDRAWN'", roleId, caller.userId())
                                .invoke(active -> {
                                    if (active > 0) {
                                        throw ProblemException.conflict("You already have an active submission for this role.");
                                    }
                                }))
                        .call(role -> limits.checkSubmission(caller.userId()))
                        .chain(role -> Project.<Project>findById(role.projectId).chain(project -> {
                            Submission submission = newSubmission(caller, role, profile, request);
                            return submission.persist()
                                    .chain(() -> changes.submitted(submission, role, project))
                                    .map(first -> forTalent(submission, role, project, List.of(first), List.of()));
                        })));
    }

    @WithTransaction
    public Uni<SubmissionViews.ForTalent> withdraw(Caller caller, UUID submissionId, String reason) {
        return ActingTalent.check(caller, "Submissions")
                .chain(() -> own(caller, submissionId))
                .chain(submission -> {
                    if (!submission.status().talentMayWithdraw()) {
                        throw ProblemException.conflict("This submission is already " + submission.status.toLowerCase() + ".");
                    }
                    return CastingRole.<CastingRole>findById(submission.roleId).chain(role -> Project.<Project>findById(role.projectId)
                            .chain(project -> ProjectTeam.memberIds(project)
                                    .chain(team -> changes.move(submission, SubmissionStatus.WITHDRAWN, caller.actingPerson(), reason,
                                            role, project, team))
                                    .chain(() -> talentView(submission, role, project))));
                });
    }

    @WithSession
    public Uni<SubmissionViews.Page<SubmissionViews.Mine>> mine(Caller caller, String cursor, int limit) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        Uni<List<Submission>> rows = after == null
                ? Submission.find("talentId = ?1 order by createdAt desc, id desc", caller.userId()).range(0, limit - 1).list()
                : Submission.find("talentId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                        caller.userId(), after.createdAt(), after.id()).range(0, limit - 1).list();
        return rows.chain(submissions -> reads.rolesAndProjects(submissions).map(context -> {
            List<SubmissionViews.Mine> items = submissions.stream().map(s -> {
                CastingRole role = context.roles().get(s.roleId);
                Project project = context.projects().get(role.projectId);
                return new SubmissionViews.Mine(s.id, role.id, role.name, project.publicTitle(), s.status(), s.createdAt, s.updatedAt);
            }).toList();
            return new SubmissionViews.Page<>(items, PageCursor.after(submissions, limit));
        }));
    }

    /**
     * The talent's own view for the talent; the team's view for the role's team; nobody else
     * learns it exists. The first time someone who casts (an owner or editor) opens a new
     * submission, it becomes VIEWED, as talent expect; viewers and admins leave no trace.
     */
    @WithTransaction
    public Uni<SubmissionViews.OneSubmission> get(Caller caller, UUID submissionId) {
        return Submission.<Submission>findById(submissionId)
                .onItem().ifNull().failWith(SubmissionService::notFound)
                .chain(submission -> CastingRole.<CastingRole>findById(submission.roleId).chain(role -> {
                    if (submission.talentId.equals(caller.userId())) {
                        return Project.<Project>findById(role.projectId).chain(project -> talentView(submission, role, project));
                    }
                    return ProjectTeam.membership(caller, role.projectId)
                            .onFailure(ProblemException.class).transform(e -> notFound())
                            .call(member -> member.access().allows(Access.EDITOR) && submission.status() == SubmissionStatus.SUBMITTED
                                    ? changes.move(submission, SubmissionStatus.VIEWED, caller.userId(), null, role, member.project(),
                                            List.of(submission.talentId))
                                    : Uni.createFrom().voidItem())
                            .chain(member -> reads.teamView(submission, role));
                }));
    }

    @WithSession
    public Uni<SubmissionViews.Page<SubmissionViews.Card>> ofRole(Caller caller, UUID roleId, SubmissionStatus status,
                                                                   String cursor, int limit) {
        PageCursor after = cursor == null ? null : PageCursor.decode(cursor);
        return TeamRole.require(caller, roleId, Access.VIEWER).chain(team -> {
            StringBuilder query = new StringBuilder("roleId = :role");
            Map<String, Object> parameters = new HashMap<>(Map.of("role", roleId));
            if (status != null) {
                query.append(" and status = :status");
                parameters.put("status", status.name());
            }
            if (after != null) {
                query.append(" and (createdAt > :after or (createdAt = :after and id > :afterId))");
                parameters.put("after", after.createdAt());
                parameters.put("afterId", after.id());
            }
            query.append(" order by createdAt, id");
            return Submission.<Submission>find(query.toString(), parameters).range(0, limit - 1).list()
                    .chain(submissions -> reads.cards(submissions)
                            .map(cards -> new SubmissionViews.Page<>(cards, PageCursor.after(submissions, limit))));
        });
    }

    @WithTransaction
    public Uni<SubmissionViews.ForTeam> changeStatus(Caller caller, UUID submissionId, StatusChange change) {
        return teamSubmission(caller, submissionId, Access.EDITOR).chain(reached -> {
            Submission submission = reached.submission();
            TeamRole team = reached.team();
            if (submission.status() == change.to()) {
                return reads.teamView(submission, team.role());
            }
            if (!submission.status().teamMayMoveTo(change.to())) {
                throw notAllowed(submission.status(), change.to());
            }
            return changes.move(submission, change.to(), caller.userId(), change.reason(), team.role(), team.project(),
                    List.of(submission.talentId)).chain(() -> reads.teamView(submission, team.role()));
        });
    }

    /** One transaction, one answer per submission: the allowed moves are made, the others say why not. */
    @WithTransaction
    public Uni<List<BulkStatusChange.Result>> changeStatuses(Caller caller, UUID roleId, BulkStatusChange change) {
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> Submission
                .<Submission>list("roleId = ?1 and id in ?2", roleId, new HashSet<>(change.submissionIds()))
                .chain(found -> {
                    Map<UUID, Submission> byId = found.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                    List<BulkStatusChange.Result> results = new ArrayList<>();
                    Uni<Void> moves = Uni.createFrom().voidItem();
                    for (UUID id : change.submissionIds()) {
                        Submission submission = byId.remove(id);
                        if (submission == null) {
                            results.add(new BulkStatusChange.Result(id, "NOT_FOUND", null, "No such submission for this role"));
                        } else if (submission.status() == change.to()) {
                            results.add(new BulkStatusChange.Result(id, "UNCHANGED", submission.status, null));
                        } else if (!submission.status().teamMayMoveTo(change.to())) {
                            results.add(new BulkStatusChange.Result(id, "REFUSED", submission.status,
                                    notAllowed(submission.status(), change.to()).problem().detail()));
                        } else {
                            results.add(new BulkStatusChange.Result(id, "CHANGED", change.to().name(), null));
                            moves = moves.chain(() -> changes.move(submission, change.to(), caller.userId(), change.reason(),
                                    team.role(), team.project(), List.of(submission.talentId)));
                        }
                    }
                    return moves.map(ignored -> results);
                }));
    }

    @WithTransaction
    public Uni<NoteView> addNote(Caller caller, UUID submissionId, NoteRequest request) {
        if ((request.body() == null || request.body().isBlank()) && request.rating() == null) {
            throw ProblemException.invalid("body", "a note needs a body, a rating, or both");
        }
        return teamSubmission(caller, submissionId, Access.VIEWER).map(TeamSubmission::submission).chain(submission -> {
            SubmissionNote note = new SubmissionNote();
            note.id = UUID.randomUUID();
            note.submissionId = submission.id;
            note.authorId = caller.userId();
            note.body = request.body();
            note.rating = request.rating() == null ? null : request.rating().shortValue();
            note.createdAt = Instant.now();
            return note.<SubmissionNote>persist().map(NoteView::of);
        });
    }

    @WithSession
    public Uni<List<NoteView>> notes(Caller caller, UUID submissionId) {
        return teamSubmission(caller, submissionId, Access.VIEWER)
                .chain(reached -> SubmissionNote.<SubmissionNote>list("submissionId = ?1 order by createdAt", reached.submission().id))
                .map(notes -> notes.stream().map(NoteView::of).toList());
    }

    /** A submission and its role's team, as the team reaches it. */
    public record TeamSubmission(Submission submission, TeamRole team) {
    }

    /** A submission reached through its role's team; outsiders are told it does not exist. */
    public static Uni<TeamSubmission> teamSubmission(Caller caller, UUID submissionId, Access needed) {
        return Submission.<Submission>findById(submissionId)
                .onItem().ifNull().failWith(SubmissionService::notFound)
                .chain(submission -> TeamRole.require(caller, submission.roleId, needed)
                        .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 404).transform(e -> notFound())
                        .map(team -> new TeamSubmission(submission, team)));
    }

    /** The caller's own submission; anyone else's is not found. */
    public static Uni<Submission> own(Caller caller, UUID submissionId) {
        return Submission.<Submission>findById(submissionId).map(submission -> {
            if (submission == null || !submission.talentId.equals(caller.userId())) {
                throw notFound();
            }
            return submission;
        });
    }

    private Uni<Void> checkPortfolio(TalentReads.Talent profile, List<UUID> itemIds) {
        List<UUID> distinct = itemIds.stream().distinct().toList();
        return talent.countItemsOf(profile.id(), distinct).invoke(owned -> {
            if (owned != distinct.size()) {
                throw ProblemException.invalid("portfolioItemIds", "must all be items of your own portfolio");
            }
        }).replaceWithVoid();
    }

    private static Submission newSubmission(Caller caller, CastingRole role, TalentReads.Talent profile, SubmissionRequest request) {
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.roleId = role.id;
        submission.talentId = caller.userId();
        submission.talentProfileId = profile.id();
        submission.status = SubmissionStatus.SUBMITTED.name();
        submission.note = request.note();
        submission.portfolio = new Submission.Portfolio(request.portfolioItemIds().stream().distinct().toList());
        submission.submittedBy = caller.actingPerson();
        submission.createdAt = Instant.now();
        submission.updatedAt = submission.createdAt;
        return submission;
    }

    private static Uni<SubmissionViews.ForTalent> talentView(Submission submission, CastingRole role, Project project) {
        return StatusEvent.historyOf(submission.id).chain(history -> SelfTapeRequest.ofSubmission(submission.id)
                .map(tapes -> forTalent(submission, role, project, history, tapes.stream().map(SelfTapeView::of).toList())));
    }

    private static SubmissionViews.ForTalent forTalent(Submission s, CastingRole role, Project project, List<StatusEvent> history,
                                                       List<SelfTapeView> tapes) {
        return new SubmissionViews.ForTalent(s.id, role.id, role.name, project.publicTitle(), s.status(), s.note, s.portfolio.itemIds(),
                s.createdAt, s.updatedAt, history.stream().map(e -> new SubmissionViews.TalentLine(e.from, e.to, e.occurredAt)).toList(),
                tapes);
    }

    static ProblemException notAllowed(SubmissionStatus from, SubmissionStatus to) {
        return new ProblemException(Problem.of("transition-not-allowed", "Status change not allowed", 409,
                "A submission cannot move from " + from + " to " + to + ".", List.of()));
    }

    static ProblemException notFound() {
        return ProblemException.notFound("Submission not found");
    }
}
