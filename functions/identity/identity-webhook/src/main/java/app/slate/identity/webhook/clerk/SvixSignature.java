package app.slate.identity.webhook.clerk;

import app.slate.platform.crypto.Hmac;
import app.slate.platform.http.webhook.SignatureRefused;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Svix's webhook signature, as Clerk sends it: HMAC-SHA256 over {@code id.timestamp.body} with
 * the base64 secret after {@code whsec_}; the header lists one or more {@code v1,<base64>}
 * signatures (several while Clerk rotates). Any configured secret matching any listed
 * signature is enough. The timestamp must lie within the tolerance, which bounds replays; the
 * svix-id dedupe catches replays inside it.
 */
public final class SvixSignature {

    private final List<byte[]> secrets;
    private final Duration tolerance;

    public SvixSignature(List<String> secrets, Duration tolerance) {
        this.secrets = secrets.stream().map(SvixSignature::keyOf).toList();
        this.tolerance = tolerance;
    }

    public void verify(String id, String timestamp, String signatures, String body, Instant now) {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
            throw SignatureRefused.because("svix-id, svix-timestamp and svix-signature are all required.");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp);
        } catch (NumberFormatException notANumber) {
            throw SignatureRefused.because("svix-timestamp is not a Unix time.");
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
            throw SignatureRefused.because("svix-timestamp is more than " + tolerance.toMinutes() + " minutes from now.");
        }
        String signed = id + "." + timestamp + "." + body;
        for (byte[] secret : secrets) {
            byte[] expected = Hmac.sha256(secret, signed);
            for (String candidate : signatures.split(" ")) {
                if (candidate.startsWith("v1,") && Hmac.same(expected, decode(candidate.substring(3)))) {
                    return;
                }
            }
        }
        throw SignatureRefused.because("No signature matches this delivery.");
    }

    private static byte[] keyOf(String secret) {
        String base64 = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        return Base64.getDecoder().decode(base64.strip());
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException malformed) {
            return new byte[0];
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
