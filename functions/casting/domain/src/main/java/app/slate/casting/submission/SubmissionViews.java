package app.slate.casting.submission;

import app.slate.casting.selftape.SelfTapeView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What each side sees of a submission. Talent see their own submission and its path through the
 * pipeline, never who moved it or why, nor the team's notes; the team sees everything.
 */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    public record TalentLine(String from, String to, Instant at) {
    }

    public record TeamLine(String from, String to, Instant at, String actorId, String reason) {
    }

    /** One submission as whoever asks sees it: its talent, or the role's team. */
    public sealed interface OneSubmission permits ForTalent, ForTeam {
    }

    public record ForTalent(UUID id, UUID roleId, String roleName, String projectTitle, SubmissionStatus status, String note,
                            List<UUID> portfolioItemIds, Instant createdAt, Instant updatedAt, List<TalentLine> history,
                            List<SelfTapeView> selfTapes) implements OneSubmission {
    }

    public record ForTeam(UUID id, UUID roleId, String roleName, UUID talentProfileId, String talentName, SubmissionStatus status,
                          String note, List<UUID> portfolioItemIds, String submittedBy, Instant createdAt, Instant updatedAt,
                          Double averageRating, List<TeamLine> history, List<SelfTapeView> selfTapes) implements OneSubmission {
    }

    /** A row of the team's list of a role's submissions. */
    public record Card(UUID id, UUID talentProfileId, String talentName, SubmissionStatus status, Instant createdAt,
                       Double averageRating) {
    }

    /** A row of a talent's own list. */
    public record Mine(UUID id, UUID roleId, String roleName, String projectTitle, SubmissionStatus status, Instant createdAt,
                       Instant updatedAt) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }
}
