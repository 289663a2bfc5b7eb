package app.slate.identity.webhook.nafath;

import app.slate.platform.http.webhook.TimestampedSignature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The shared-secret signature of Authentica's Nafath callback as configured for Slate:
 * {@code X-Authentica-Signature} is the hex HMAC-SHA256 of {@code timestamp.body} under the
 * shared secret, {@code X-Authentica-Timestamp} the Unix time it was sent.
 */
public final class AuthenticaSignature {

    private final TimestampedSignature signature;

    public AuthenticaSignature(List<String> secrets, Duration tolerance) {
        this.signature = new TimestampedSignature(secrets, tolerance, "X-Authentica-Timestamp", "X-Authentica-Signature");
    }

    public void verify(String timestamp, String signature, String body, Instant now) {
        this.signature.verify(timestamp, signature, body, now);
    }

    /** What Authentica computes; the tests and the local cloud's demo sign with it. */
    public static String sign(String secret, String timestamp, String body) {
        return TimestampedSignature.sign(secret, timestamp, body);
    }
}
