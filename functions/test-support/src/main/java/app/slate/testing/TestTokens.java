package app.slate.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signs access tokens the way the identity service will: RS256, with issuer, audience, expiry
 * and roles. The key pair is made per test JVM; functions verify with its public half.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.slate.test";
    public static final String AUDIENCE = "slate-api";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static Map<String, String> verifierConfig() {
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    /** A fresh user with the given role, as a bearer token. */
    public static String newUser(String role) {
        return forUser(UUID.randomUUID().toString(), role);
    }

    public static String forUser(String userId, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(userId).upn(userId).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(15)).jws().keyId("test").sign(KEYS.getPrivate());
    }

    /** The same as a good token but expired, for the tests that check expiry. */
    public static String expired(String userId, String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(userId).upn(userId).groups(Set.of(role))
                .issuedAt(past - 900).expiresAt(past).jws().keyId("test").sign(KEYS.getPrivate());
    }

    public static String withIssuer(String userId, String role, String issuer) {
        return Jwt.issuer(issuer).audience(AUDIENCE).subject(userId).upn(userId).groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(15)).jws().keyId("test").sign(KEYS.getPrivate());
    }

    /** Signed by a key nobody trusts. */
    public static String signedByStranger(String userId, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(userId).upn(userId).groups(Set.of(role))
                .expiresIn(Duration.ofMinutes(15)).jws().keyId("test").sign(generate().getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
