package app.slate.webhook.nafath;

import app.slate.webhook.Hmac;
import app.slate.webhook.SignatureRefused;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The shared-secret signature of Authentica's Nafath callback as configured for Slate:
 * {@code X-Authentica-Signature} is the hex HMAC-SHA256 of {@code timestamp.body} under the
 * shared secret, {@code X-Authentica-Timestamp} the Unix time it was sent. Several secrets may be
 * configured for a rotation.
 */
public final class AuthenticaSignature {

    private final List<byte[]> secrets;
    private final Duration tolerance;

    public AuthenticaSignature(List<String> secrets, Duration tolerance) {
        this.secrets = secrets.stream().map(secret -> secret.getBytes(StandardCharsets.UTF_8)).toList();
        this.tolerance = tolerance;
    }

    public void verify(String timestamp, String signature, String body, Instant now) {
        if (timestamp == null || signature == null) {
            throw SignatureRefused.because("X-Authentica-Timestamp and X-Authentica-Signature are required.");
        }
        long sentAt;
        byte[] presented;
        try {
            sentAt = Long.parseLong(timestamp);
            presented = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException malformed) {
            throw SignatureRefused.because("The timestamp or the signature is malformed.");
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
            throw SignatureRefused.because("The timestamp is more than " + tolerance.toMinutes() + " minutes from now.");
        }
        for (byte[] secret : secrets) {
            if (Hmac.same(Hmac.sha256(secret, timestamp + "." + body), presented)) {
                return;
            }
        }
        throw SignatureRefused.because("The signature does not match this delivery.");
    }

    /** What Authentica computes; the tests and the local cloud's demo sign with it. */
    public static String sign(String secret, String timestamp, String body) {
        return HexFormat.of().formatHex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }
}
