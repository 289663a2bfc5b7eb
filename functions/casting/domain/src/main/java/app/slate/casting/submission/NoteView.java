package app.slate.casting.submission;

import java.time.Instant;
import java.util.UUID;

public record NoteView(UUID id, String authorId, String body, Integer rating, Instant createdAt) {

    static NoteView of(SubmissionNote n) {
        return new NoteView(n.id, n.authorId, n.body, n.rating == null ? null : n.rating.intValue(), n.createdAt);
    }
}
