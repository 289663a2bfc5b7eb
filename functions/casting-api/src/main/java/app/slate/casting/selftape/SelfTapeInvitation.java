package app.slate.casting.selftape;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the team asks for: how to tape it, by when, and the sides to read (a document reference). */
public record SelfTapeInvitation(@NotBlank @Size(max = 4000) String instructions, @NotNull Instant deadline,
                                 @Size(max = 2048) String sidesDocument) {
}
