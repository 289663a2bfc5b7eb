package app.slate.platform.auth;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Key material in the forms configuration carries: a JWKS for verifiers, PKCS#8 PEM for the
 * signer. Used where keys are made rather than read from a secret (the local cloud, tests).
 */
public final class RsaKeys {

    private RsaKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON Web Key Set of public keys, by kid. */
    public static String jwks(Map<String, RSAPublicKey> keys) {
        return keys.entrySet().stream()
                .map(key -> "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + key.getKey()
                        + "\",\"n\":\"" + base64Url(key.getValue().getModulus())
                        + "\",\"e\":\"" + base64Url(key.getValue().getPublicExponent()) + "\"}")
                .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    public static String pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** Unsigned big-endian, without the sign byte Java adds, as RFC 7518 wants. */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
