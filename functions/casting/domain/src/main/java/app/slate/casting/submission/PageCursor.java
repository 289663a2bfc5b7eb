package app.slate.casting.submission;

import app.slate.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A keyset cursor over rows ordered by creation time then id: where the previous page stopped. */
record PageCursor(Instant createdAt, UUID id) {

    /** The next page's cursor: after the last row of a full page; none after a short one. */
    static String after(List<Submission> page, int limit) {
        if (page.size() < limit) {
            return null;
        }
        Submission last = page.get(page.size() - 1);
        return new PageCursor(last.createdAt, last.id).encode();
    }

    String encode() {
        String raw = createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor from a previous page");
        }
    }
}
