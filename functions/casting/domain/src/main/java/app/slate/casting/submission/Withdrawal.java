package app.slate.casting.submission;

import jakarta.validation.constraints.Size;

public record Withdrawal(@Size(max = 500) String reason) {
}
