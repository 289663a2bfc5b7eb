package app.slate.casting.submission;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A note, a rating, or both. */
public record NoteRequest(@Prose @Size(max = 4000) String body, @Min(1) @Max(5) Integer rating) {
}
