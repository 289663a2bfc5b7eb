package app.slate.casting.submission;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.Size;

public record Withdrawal(@Prose @Size(max = 500) String reason) {
}
