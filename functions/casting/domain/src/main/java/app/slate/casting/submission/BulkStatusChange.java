package app.slate.casting.submission;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** One status for many submissions of a role; each gets its own answer. */
public record BulkStatusChange(@NotEmpty @Size(max = BulkStatusChange.MAX, message = "at most " + BulkStatusChange.MAX + " submissions at once")
                               List<@NotNull UUID> submissionIds,
                               @NotNull SubmissionStatus to, @Prose @Size(max = 500) String reason) {

    public static final int MAX = 100;

    /** {@code outcome}: CHANGED, UNCHANGED (already there), REFUSED (not an allowed move) or NOT_FOUND. */
    public record Result(UUID submissionId, String outcome, String status, String detail) {
    }
}
