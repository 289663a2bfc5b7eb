package app.slate.local;

import app.slate.platform.auth.RsaKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local cloud's secrets, made once and kept in the data folder so that tokens and webhook
 * signatures stay valid across restarts: the token signing key (and its JWKS), and the Clerk
 * and Authentica webhook secrets, the transcoder's callback secret, and the erasure receipts' signing pair. In AWS they come from Secrets Manager and SSM (template.yaml).
 */
final class LocalKeys {

    static final String KEY_ID = "local-1";

    private LocalKeys() {
    }

    /** Configuration for identity-api (signing), every function (verifying) and identity-webhook. */
    static Map<String, String> config(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPair keys = signingKey(dir.resolve("jwt-private.key"));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.jwt.verify.publickey", RsaKeys.jwks(Map.of(KEY_ID, (RSAPublicKey) keys.getPublic())));
        config.put("slate.identity.signing-key", RsaKeys.pem(keys.getPrivate()));
        config.put("slate.identity.signing-key-id", KEY_ID);
        config.put("slate.webhooks.clerk-secrets", secret(dir.resolve("clerk-webhook.secret"), "whsec_"));
        config.put("slate.webhooks.nafath-secrets", secret(dir.resolve("nafath-webhook.secret"), ""));
        config.put("slate.transcode.callback-secrets", secret(dir.resolve("transcode-webhook.secret"), ""));
        KeyPair receipts = receiptKey(dir.resolve("receipt-ed25519.key"));
        config.put("slate.privacy.receipt-signing-key", Base64.getEncoder().encodeToString(receipts.getPrivate().getEncoded()));
        config.put("slate.privacy.receipt-verify-key", Base64.getEncoder().encodeToString(receipts.getPublic().getEncoded()));
        return config;
    }

    private static KeyPair signingKey(Path file) throws IOException, GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (Files.exists(file)) {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readString(file).trim())));
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
        }
        KeyPair keys = RsaKeys.generate();
        Files.writeString(file, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        return keys;
    }

    /** The Ed25519 pair that signs erasure receipts: kept, so that a receipt still checks after a restart. */
    private static KeyPair receiptKey(Path file) throws IOException, GeneralSecurityException {
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        if (Files.exists(file)) {
            String[] halves = Files.readString(file).trim().split("\\s+");
            return new KeyPair(ed25519.generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(halves[1]))),
                    ed25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(halves[0]))));
        }
        KeyPair keys = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(file, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        return keys;
    }

    private static String secret(Path file, String prefix) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new java.security.SecureRandom().nextBytes(random);
            Files.writeString(file, prefix + Base64.getEncoder().encodeToString(random));
        }
        return Files.readString(file).trim();
    }
}
