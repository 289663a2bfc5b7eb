package app.slate.platform.http.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * For providers that do not sign their deliveries but put a shared secret in them (Moyasar's
 * {@code secret_token}, Authentica's {@code Password}): the given value is compared with each
 * configured secret (two while one is rolled) in constant time, over digests so that not even its
 * length shows. A refusal is a 401 that says only which field was wrong.
 */
public final class SharedSecrets {

    private final List<byte[]> secrets;
    private final String provider;

    public SharedSecrets(String provider, List<String> secrets) {
        this.provider = provider;
        this.secrets = secrets.stream().map(String::strip).filter(secret -> !secret.isEmpty()).map(SharedSecrets::digest).toList();
    }

    public void verify(String field, String given) {
        if (given == null || given.isEmpty()) {
            throw SignatureRefused.because(field + " is required.");
        }
        byte[] digest = digest(given);
        boolean known = false;
        for (byte[] secret : secrets) {
            known |= MessageDigest.isEqual(secret, digest);
        }
        if (!known) {
            throw SignatureRefused.because(secrets.isEmpty() ? "No " + provider + " webhook secret is configured here."
                    : field + " is not this endpoint's.");
        }
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
