package app.slate.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The local cloud's token signing key: made once, kept in the data folder, so tokens stay valid
 * across restarts. In AWS the identity service owns the key and functions get only the public half.
 */
final class LocalKeys {

    private LocalKeys() {
    }

    static KeyPair loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Path privateFile = dir.resolve("jwt-private.key");
        Path publicFile = dir.resolve("jwt-public.key");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(decode(publicFile)));
            return new KeyPair(publicKey, privateKey);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Files.createDirectories(dir);
        Files.writeString(privateFile, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        Files.writeString(publicFile, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        return keys;
    }

    static String publicKeyBase64(KeyPair keys) {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getDecoder().decode(Files.readString(file).trim());
    }
}
