package app.slate.casting.selftape;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public final class SelfTapeAnswer {

    private SelfTapeAnswer() {
    }

    public record Decline(@Prose @Size(max = 500) String reason) {
    }

    /** The tape: a video the talent uploaded and that passed its checks. */
    public record Tape(@NotNull UUID mediaAssetId) {
    }
}
