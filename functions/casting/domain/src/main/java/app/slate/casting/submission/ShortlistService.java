package app.slate.casting.submission;

import app.slate.casting.reads.Access;
import app.slate.casting.role.TeamRole;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Named shortlists of a role's submissions. Putting a submission that is still new on a
 * shortlist also moves it to SHORTLISTED (with its history line and its notification).
 */
@ApplicationScoped
public class ShortlistService {

    private final StatusChanges changes;

    public ShortlistService(StatusChanges changes) {
        this.changes = changes;
    }

    public record ShortlistView(UUID id, String name, List<UUID> submissionIds, Instant createdAt) {
    }

    @WithTransaction
    public Uni<ShortlistView> create(Caller caller, UUID roleId, String name) {
        String stripped = name.strip();
        return TeamRole.require(caller, roleId, Access.EDITOR)
                .call(team -> Shortlist.count("roleId = ?1 and name = ?2", roleId, stripped).invoke(taken -> {
                    if (taken > 0) {
                        throw nameTaken(stripped);
                    }
                }))
                .chain(team -> {
                    Shortlist shortlist = new Shortlist();
                    shortlist.id = UUID.randomUUID();
                    shortlist.roleId = roleId;
                    shortlist.name = stripped;
                    shortlist.createdBy = caller.userId();
                    shortlist.createdAt = Instant.now();
                    return shortlist.<Shortlist>persist().map(saved -> new ShortlistView(saved.id, saved.name, List.of(), saved.createdAt));
                });
    }

    @WithSession
    public Uni<List<ShortlistView>> ofRole(Caller caller, UUID roleId) {
        return TeamRole.require(caller, roleId, Access.VIEWER)
                .chain(() -> Shortlist.<Shortlist>list("roleId = ?1 order by createdAt", roleId))
                .chain(lists -> ShortlistEntry.<ShortlistEntry>list("key.shortlistId in ?1 order by addedAt",
                                lists.isEmpty() ? List.of(new UUID(0, 0)) : lists.stream().map(l -> l.id).toList())
                        .map(entries -> {
                            Map<UUID, List<UUID>> members = entries.stream().collect(Collectors.groupingBy(e -> e.key.shortlistId(),
                                    Collectors.mapping(e -> e.key.submissionId(), Collectors.toList())));
                            return lists.stream().map(l -> new ShortlistView(l.id, l.name, members.getOrDefault(l.id, List.of()), l.createdAt))
                                    .toList();
                        }));
    }

    @WithTransaction
    public Uni<Void> add(Caller caller, UUID roleId, UUID shortlistId, UUID submissionId) {
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> shortlistOf(roleId, shortlistId)
                .chain(() -> Submission.find("id = ?1 and roleId = ?2", submissionId, roleId).<Submission>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission not found"))
                .chain(submission -> ShortlistEntry.<ShortlistEntry>findById(new ShortlistEntry.Key(shortlistId, submissionId))
                        .chain(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().voidItem();
                            }
                            ShortlistEntry entry = new ShortlistEntry();
                            entry.key = new ShortlistEntry.Key(shortlistId, submissionId);
                            entry.addedBy = caller.userId();
                            entry.addedAt = Instant.now();
                            Uni<Void> moved = submission.status() == SubmissionStatus.SUBMITTED || submission.status() == SubmissionStatus.VIEWED
                                    ? changes.move(submission, SubmissionStatus.SHORTLISTED, caller.userId(), "Added to a shortlist",
                                            team.role(), team.project(), List.of(submission.talentId))
                                    : Uni.createFrom().voidItem();
                            return entry.persist().chain(() -> moved);
                        })));
    }

    @WithTransaction
    public Uni<Void> remove(Caller caller, UUID roleId, UUID shortlistId, UUID submissionId) {
        return TeamRole.require(caller, roleId, Access.EDITOR)
                .chain(() -> shortlistOf(roleId, shortlistId))
                .chain(() -> ShortlistEntry.delete("key.shortlistId = ?1 and key.submissionId = ?2", shortlistId, submissionId))
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ProblemException.notFound("That submission is not on this shortlist");
                    }
                })
                .replaceWithVoid();
    }

    private static Uni<Shortlist> shortlistOf(UUID roleId, UUID shortlistId) {
        return Shortlist.<Shortlist>find("id = ?1 and roleId = ?2", shortlistId, roleId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Shortlist not found"));
    }

    /** Names are unique per role, so that a team can tell its lists apart. */
    private static ProblemException nameTaken(String name) {
        return new ProblemException(Problem.of("conflict", "Conflict", 409, "This role already has a shortlist called \"" + name + "\".",
                List.of(new FieldError("name", "is already the name of another shortlist of this role"))));
    }
}
