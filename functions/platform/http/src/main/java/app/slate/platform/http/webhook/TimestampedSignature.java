package app.slate.platform.http.webhook;

import app.slate.platform.crypto.Hmac;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A provider's shared-secret signature: the hex HMAC-SHA256 of {@code timestamp.body}, with the
 * Unix time it was sent beside it. A delivery is refused when the time is outside the tolerance
 * (either way) or no configured secret matches; several secrets may be live during a rotation.
 * {@code headers} names the two headers in refusals, so a provider's engineers know what to fix.
 */
public final class TimestampedSignature {

    private final List<byte[]> secrets;
    private final Duration tolerance;
    private final String headers;

    public TimestampedSignature(List<String> secrets, Duration tolerance, String timestampHeader, String signatureHeader) {
        this.secrets = secrets.stream().map(secret -> secret.getBytes(StandardCharsets.UTF_8)).toList();
        this.tolerance = tolerance;
        this.headers = timestampHeader + " and " + signatureHeader;
    }

    public void verify(String timestamp, String signature, String body, Instant now) {
        if (timestamp == null || signature == null) {
            throw SignatureRefused.because(headers + " are required.");
        }
        long sentAt;
        byte[] presented;
        try {
            sentAt = Long.parseLong(timestamp.strip());
            presented = HexFormat.of().parseHex(signature.strip());
        } catch (IllegalArgumentException malformed) {
            throw SignatureRefused.because("The timestamp or the signature is malformed.");
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
            throw SignatureRefused.because("The timestamp is more than " + tolerance.toMinutes() + " minutes from now.");
        }
        for (byte[] secret : secrets) {
            if (Hmac.same(Hmac.sha256(secret, timestamp.strip() + "." + body), presented)) {
                return;
            }
        }
        throw SignatureRefused.because("The signature does not match this delivery.");
    }

    /** What the provider computes; tests, the local cloud's providers and demos sign with it. */
    public static String sign(String secret, String timestamp, String body) {
        return HexFormat.of().formatHex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }
}
