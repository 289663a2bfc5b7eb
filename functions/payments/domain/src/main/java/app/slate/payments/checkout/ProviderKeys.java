package app.slate.payments.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A buyer's Idempotency-Key as a provider receives it: scoped to what it is for and to the account
 * (two people's keys never meet), and hashed to fit a provider's limit (Stripe's is 255 characters).
 */
public final class ProviderKeys {

    private ProviderKeys() {
    }

    /** Null when the buyer sent none: the provider client then makes its own for its retries. */
    public static String of(String purpose, String accountId, String clientKey) {
        if (clientKey == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((accountId + "\n" + clientKey).getBytes(StandardCharsets.UTF_8));
            return purpose + "-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
