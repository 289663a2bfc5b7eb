package app.slate.matching.api;

import app.slate.matching.score.Explanation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded decision with the scores the suggestion had when it was made. */
public record FeedbackView(UUID roleId, UUID profileId, FeedbackRequest.Decision decision, String note, double total,
                           double similarity, List<Explanation.Contribution> factors, Instant decidedAt) {
}
