package app.slate.ingestion.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Rejection(@NotBlank @Size(max = 500) String reason) {
}
