package app.slate.casting.audition;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public final class Booking {

    private Booking() {
    }

    public record Request(@NotNull UUID submissionId) {
    }

    public record Move(@NotNull UUID toSlotId) {
    }
}
