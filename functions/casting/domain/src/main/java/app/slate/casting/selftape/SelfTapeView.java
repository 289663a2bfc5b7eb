package app.slate.casting.selftape;

import java.time.Instant;
import java.util.UUID;

public record SelfTapeView(UUID id, UUID submissionId, String instructions, Instant deadline, UUID sidesAssetId,
                           SelfTapeStatus status, UUID tapeAssetId, String declineReason, Instant createdAt, Instant updatedAt) {

    public static SelfTapeView of(SelfTapeRequest r) {
        return new SelfTapeView(r.id, r.submissionId, r.instructions, r.deadline, r.sidesAssetId, r.status(Instant.now()),
                r.tapeAssetId, r.declineReason, r.createdAt, r.updatedAt);
    }
}
