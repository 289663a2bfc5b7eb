package app.slate.media.api.upload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What the app is about to upload: its declared type and exact size, and a name to show. */
public record UploadRequest(
        @NotBlank @Size(max = 100) String contentType,
        @NotNull @Positive Long sizeBytes,
        @Size(max = 255) String fileName) {
}
