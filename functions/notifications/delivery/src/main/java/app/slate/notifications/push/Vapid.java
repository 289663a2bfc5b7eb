package app.slate.notifications.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Voluntary application server identification (RFC 8292): each push carries a JWT, signed with
 * Slate's VAPID key (ES256), naming the push service's origin, an expiry and a contact, and the
 * public key it verifies with. Push services tie subscriptions to that key, so only Slate can
 * push to the subscriptions made for it.
 */
public final class Vapid {

    /** Push services refuse tokens valid longer than a day; twelve hours leaves room for clock skew. */
    static final Duration LIFETIME = Duration.ofHours(12);

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final ECPrivateKey privateKey;
    private final String publicKey;
    private final String subject;

    /** Keys as base64url: the 65-byte public point and the 32-byte private value; subject a mailto: or https: contact. */
    public Vapid(String publicKey, String privateKey, String subject) {
        this.publicKey = publicKey;
        this.privateKey = P256.privateKey(Base64.getUrlDecoder().decode(privateKey));
        this.subject = subject;
        P256.publicKey(Base64.getUrlDecoder().decode(publicKey));
    }

    public String publicKey() {
        return publicKey;
    }

    /** The Authorization header for a push to {@code endpoint}. */
    public String authorization(URI endpoint, Instant now) {
        String audience = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        String header = URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString(("{\"aud\":\"" + audience + "\",\"exp\":" + now.plus(LIFETIME).getEpochSecond()
                + ",\"sub\":\"" + subject + "\"}").getBytes(StandardCharsets.UTF_8));
        String signed = header + "." + claims;
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(privateKey);
            es256.update(signed.getBytes(StandardCharsets.US_ASCII));
            return "vapid t=" + signed + "." + URL.encodeToString(es256.sign()) + ", k=" + publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("VAPID signing failed", e);
        }
    }
}
