package app.slate.casting.selftape;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * What the team asks for: how to tape it, by when, and the sides to read: a PDF the requester
 * uploaded, served to the talent watermarked with their name.
 */
public record SelfTapeInvitation(@NotBlank @Prose @Size(max = 4000) String instructions, @NotNull Instant deadline,
                                 UUID sidesAssetId) {
}
