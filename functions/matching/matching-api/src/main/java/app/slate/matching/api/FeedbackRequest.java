package app.slate.matching.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The casting team's decision on a suggested talent, and why. */
public record FeedbackRequest(@NotNull Decision decision, @Size(max = 500) String note) {

    public enum Decision { SHORTLIST, DECLINE }
}
