package app.slate.ingestion.api;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Raw text to read for a casting call: a scraped page or a message from a group, and where it came from. */
public record IngestionRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "must be a short source name such as whatsapp or web") String source,
        @Size(max = 2048) String sourceRef,
        @NotBlank @Prose @Size(max = 20000) String text) {
}
