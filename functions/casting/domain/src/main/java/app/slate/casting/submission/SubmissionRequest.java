package app.slate.casting.submission;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What a talent sends with a submission: items of their own portfolio, and a note to the team. */
public record SubmissionRequest(@NotEmpty @Size(max = 10) List<@NotNull UUID> portfolioItemIds, @Prose @Size(max = 2000) String note) {
}
