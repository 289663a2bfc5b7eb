package app.slate.casting.submission;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StatusChange(@NotNull SubmissionStatus to, @Size(max = 500) String reason) {
}
