package app.slate.notifications.preferences;

import app.slate.notifications.delivery.Channel;
import app.slate.platform.crypto.Hmac;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed token of a one-click unsubscribe link (RFC 8058): it names a person, a category and
 * a channel, and is signed with Slate's unsubscribe secret, so that a mail client can switch that
 * category off with one POST, no login, and nobody can forge a link for someone else. It does not
 * expire: an unsubscribe link must work as long as the email that carries it is read.
 */
public final class UnsubscribeLinks {

    /** What an unsubscribe link switches off. */
    public record Unsubscribe(UUID accountId, Category category, Channel channel) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    public UnsubscribeLinks(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the unsubscribe secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String token(Unsubscribe what) {
        String payload = ENCODER.encodeToString((what.accountId() + ":" + what.category() + ":" + what.channel())
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(Hmac.sha256(secret, payload));
    }

    /** Empty for anything this secret did not sign: a made-up, altered or truncated token. */
    public Optional<Unsubscribe> read(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        try {
            if (dot < 0 || !Hmac.same(Hmac.sha256(secret, token.substring(0, dot)), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8).split(":");
            return Optional.of(new Unsubscribe(UUID.fromString(parts[0]), Category.valueOf(parts[1]), Channel.valueOf(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }
}
