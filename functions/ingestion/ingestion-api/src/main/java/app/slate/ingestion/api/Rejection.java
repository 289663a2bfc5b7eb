package app.slate.ingestion.api;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Rejection(@NotBlank @Prose @Size(max = 500) String reason) {
}
