package app.slate.casting.submission;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StatusChange(@NotNull SubmissionStatus to, @Prose @Size(max = 500) String reason) {
}
