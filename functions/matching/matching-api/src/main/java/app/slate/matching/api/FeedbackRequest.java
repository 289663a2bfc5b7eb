package app.slate.matching.api;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The casting team's decision on a suggested talent, and why. */
public record FeedbackRequest(@NotNull Decision decision, @Prose @Size(max = 500) String note) {

    public enum Decision { SHORTLIST, DECLINE }
}
