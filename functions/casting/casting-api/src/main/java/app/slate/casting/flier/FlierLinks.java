package app.slate.casting.flier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A role's flier, ready to download: each format behind a signed link that works until
 * {@code expiresAt}. {@code link} is what the QR code opens, the role's page in the app.
 */
public record FlierLinks(UUID roleId, String locale, String link, Instant expiresAt, List<FlierFile> files) {

    public record FlierFile(FlierFormat format, String contentType, String url) {
    }
}
