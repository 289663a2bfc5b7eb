package app.slate.casting.submission;

import app.slate.casting.project.Project;
import app.slate.casting.role.CastingRole;
import app.slate.casting.selftape.SelfTapeRequest;
import app.slate.casting.selftape.SelfTapeView;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reads behind the team's views of submissions: names, average ratings, roles and projects, a few queries per page. */
@ApplicationScoped
public class TeamReads {

    private final TalentReads talent;

    public TeamReads(TalentReads talent) {
        this.talent = talent;
    }

    public record Context(Map<UUID, CastingRole> roles, Map<UUID, Project> projects) {
    }

    Uni<Context> rolesAndProjects(List<Submission> submissions) {
        Set<UUID> roleIds = submissions.stream().map(s -> s.roleId).collect(Collectors.toSet());
        if (roleIds.isEmpty()) {
            return Uni.createFrom().item(new Context(Map.of(), Map.of()));
        }
        return CastingRole.<CastingRole>list("id in ?1", roleIds).chain(roles -> Project
                .<Project>list("id in ?1", roles.stream().map(r -> r.projectId).collect(Collectors.toSet()))
                .map(projects -> new Context(
                        roles.stream().collect(Collectors.toMap(r -> r.id, Function.identity())),
                        projects.stream().collect(Collectors.toMap(p -> p.id, Function.identity())))));
    }

    Uni<List<SubmissionViews.Card>> cards(List<Submission> submissions) {
        if (submissions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return names(submissions).chain(names -> averageRatings(submissions).map(ratings -> submissions.stream()
                .map(s -> new SubmissionViews.Card(s.id, s.talentProfileId, names.get(s.talentProfileId), s.status(), s.createdAt,
                        ratings.get(s.id)))
                .toList()));
    }

    Uni<SubmissionViews.ForTeam> teamView(Submission s, CastingRole role) {
        return names(List.of(s)).chain(names -> averageRatings(List.of(s)).chain(ratings -> StatusEvent.historyOf(s.id)
                .chain(history -> SelfTapeRequest.ofSubmission(s.id).map(tapes -> new SubmissionViews.ForTeam(
                        s.id, role.id, role.name, s.talentProfileId, names.get(s.talentProfileId), s.status(), s.note,
                        s.portfolio.itemIds(), s.submittedBy, s.createdAt, s.updatedAt, ratings.get(s.id),
                        history.stream().map(e -> new SubmissionViews.TeamLine(e.from, e.to, e.occurredAt, e.actorId, e.reason)).toList(),
                        tapes.stream().map(SelfTapeView::of).toList())))));
    }

    private Uni<Map<UUID, String>> names(List<Submission> submissions) {
        Set<UUID> profiles = submissions.stream().map(s -> s.talentProfileId).collect(Collectors.toSet());
        return talent.byIds(profiles).map(found -> found.values().stream()
                .collect(Collectors.toMap(TalentReads.Talent::id, TalentReads.Talent::displayName)));
    }

    private static Uni<Map<UUID, Double>> averageRatings(List<Submission> submissions) {
        Set<UUID> ids = submissions.stream().map(s -> s.id).collect(Collectors.toSet());
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select n.submissionId, avg(n.rating) from SubmissionNote n where n.submissionId in (:ids) and n.rating is not null"
                                + " group by n.submissionId", Object[].class)
                .setParameter("ids", ids).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).doubleValue())));
    }
}
