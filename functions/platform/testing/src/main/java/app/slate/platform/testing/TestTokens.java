package app.slate.platform.testing;

import app.slate.platform.auth.RsaKeys;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs access tokens the way identity-api does: RS256 with a kid, issuer, audience, expiry and
 * roles. The key pair is made per test JVM; functions verify with a JWKS of its public half, and
 * identity-api signs with the same key, so tokens from either are interchangeable in tests.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.slate.test";
    public static final String AUDIENCE = "slate-api";
    public static final String KEY_ID = "test-1";
    private static final KeyPair KEYS = RsaKeys.generate();
    private static final KeyPair RECEIPT_KEYS = receiptKeys();

    private TestTokens() {
    }

    public static Map<String, String> verifierConfig() {
        return Map.of(
                "mp.jwt.verify.publickey", RsaKeys.jwks(Map.of(KEY_ID, (RSAPublicKey) KEYS.getPublic())),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    /** What identity-api needs to sign with the same key. */
    public static Map<String, String> signerConfig() {
        return Map.of("slate.identity.signing-key", RsaKeys.pem(KEYS.getPrivate()), "slate.identity.signing-key-id", KEY_ID);
    }

    /** The Ed25519 pair that signs and checks erasure receipts in tests (AWS: the ReceiptSigningSecret). */
    public static Map<String, String> receiptConfig() {
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        return Map.of("slate.privacy.receipt-signing-key", base64.encodeToString(RECEIPT_KEYS.getPrivate().getEncoded()),
                "slate.privacy.receipt-verify-key", base64.encodeToString(RECEIPT_KEYS.getPublic().getEncoded()));
    }

    private static KeyPair receiptKeys() {
        try {
            return java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh user with the given role, as a bearer token. */
    public static String newUser(String role) {
        return forUser(UUID.randomUUID().toString(), role);
    }

    public static String forUser(String userId, String... roles) {
        return sign(claims(userId, Set.of(roles)));
    }

    /** A guardian's token for their minor's account: the minor is the subject, the guardian acts ({@code act}). */
    public static String actingFor(String minorId, String guardianId, String role) {
        return sign(claims(minorId, Set.of(role)).claim("act", Map.of("sub", guardianId)));
    }

    /** The same as a good token but expired, for the tests that check expiry. */
    public static String expired(String userId, String role) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return sign(claims(userId, Set.of(role)).issuedAt(past - 900).expiresAt(past));
    }

    /** A good token but for its times: issued at {@code issuedAt}, living {@code lifetime}. */
    public static String issuedAt(String userId, String role, Instant issuedAt, Duration lifetime) {
        return sign(claims(userId, Set.of(role)).issuedAt(issuedAt).expiresAt(issuedAt.plus(lifetime)));
    }

    public static String withIssuer(String userId, String role, String issuer) {
        return sign(claims(userId, Set.of(role)).issuer(issuer));
    }

    public static String withAudience(String userId, String role, String audience) {
        return sign(claims(userId, Set.of(role)).audience(audience));
    }

    /** Signed by a key nobody trusts. */
    public static String signedByStranger(String userId, String role) {
        return claims(userId, Set.of(role)).jws().keyId(KEY_ID).sign(RsaKeys.generate().getPrivate());
    }

    /** Signed by the trusted key but naming a kid that is not in the key set. */
    public static String withUnknownKid(String userId, String role) {
        return claims(userId, Set.of(role)).jws().keyId("retired-long-ago").sign(KEYS.getPrivate());
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(String userId, String role) {
        String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}");
        return header + "." + payloadOf(forUser(userId, role)) + ".";
    }

    /** The algorithm-confusion attack: HS256 keyed with the public key's bytes. */
    public static String hmacWithPublicKey(String userId, String role) {
        byte[] publicKey = KEYS.getPublic().getEncoded();
        return claims(userId, Set.of(role)).jws().keyId(KEY_ID).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(publicKey, "HmacSHA256"));
    }

    /** A genuine token whose payload was changed after signing (roles raised to admin). */
    public static String tampered(String userId, String role) {
        String[] parts = forUser(userId, role).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"" + role + "\"", "\"admin\"");
        return parts[0] + "." + base64Url(payload) + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(String userId, Set<String> roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(userId).upn(userId).groups(roles)
                .claim("jti", UUID.randomUUID().toString()).expiresIn(Duration.ofMinutes(15));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(KEY_ID).sign(KEYS.getPrivate());
    }

    private static String payloadOf(String token) {
        return token.split("\\.")[1];
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
