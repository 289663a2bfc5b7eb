package app.slate.casting.selftape;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public final class SelfTapeAnswer {

    private SelfTapeAnswer() {
    }

    public record Decline(@Size(max = 500) String reason) {
    }

    /** The tape: an item of the talent's own portfolio (uploads arrive with the media pipeline). */
    public record Tape(@NotNull UUID mediaItemId) {
    }
}
