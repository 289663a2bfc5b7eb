package app.slate.casting.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ShortlistName(@NotBlank @Size(max = 120) String name) {
}
