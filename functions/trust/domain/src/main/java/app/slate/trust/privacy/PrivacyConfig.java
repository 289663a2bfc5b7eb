package app.slate.trust.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Erasure and export settings (template: ERASURE_GRACE, MEDIA_BUCKET, RECEIPT_SIGNING_KEY, RECEIPT_VERIFY_KEY). */
@ConfigMapping(prefix = "slate.privacy")
public interface PrivacyConfig {

    /** How long a person's own erasure request waits, cancellable, before it runs. */
    @WithDefault("P30D")
    Duration erasureGrace();

    /** The bucket exports are written to, under {@code exports/} (the media bucket). */
    Optional<String> bucket();

    /** How long a finished export can be downloaded before it is deleted. */
    @WithDefault("P7D")
    Duration exportLifetime();

    /** How long one download link works: it is made fresh for each request, never stored or sent. */
    @WithDefault("PT5M")
    Duration downloadLinkLifetime();

    /** At most one export per person in this time. */
    @WithDefault("PT24H")
    Duration exportInterval();

    /** An account never verified nor signed in to is erased this long after it registered. */
    @WithDefault("P30D")
    Duration unusedAccountRetention();

    /** Ed25519 private key (PKCS#8, base64) that signs erasure receipts. */
    Optional<String> receiptSigningKey();

    /** Its public key (X.509, base64): anyone may check a receipt with it. */
    Optional<String> receiptVerifyKey();
}
