package app.slate.identity.keys;

import app.slate.identity.IdentityConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The key that signs access tokens and the key set that verifies them. The set is the same
 * configuration every function verifies with ({@code mp.jwt.verify.publickey}, a JWKS), so a
 * rotation is: add the new public key to the set everywhere, switch the signing key, and drop
 * the old public key once the last token it signed has expired.
 */
// Built at start, so that a wrong key fails the deployment, not the first login.
@Startup
@ApplicationScoped
public class SigningKeys {

    private final RSAPrivateCrtKey signingKey;
    private final String keyId;
    private final JsonWebKeySet published;

    public SigningKeys(IdentityConfig config, @ConfigProperty(name = "mp.jwt.verify.publickey") String verificationKeys) {
        this.signingKey = parsePrivateKey(config.signingKey());
        this.keyId = config.signingKeyId();
        this.published = parseKeySet(verificationKeys);
        JsonWebKey own = published.findJsonWebKey(keyId, null, null, null);
        if (!(own instanceof RsaJsonWebKey rsa) || !rsa.getRsaPublicKey().getModulus().equals(signingKey.getModulus())) {
            throw new IllegalStateException("The verification key set has no public key '" + keyId
                    + "' matching the signing key: tokens signed now would be refused everywhere.");
        }
    }

    public RSAPrivateCrtKey signingKey() {
        return signingKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The public keys only, whatever the configured set holds. */
    public Map<String, Object> jwks() {
        List<Map<String, Object>> keys = published.getJsonWebKeys().stream()
                .map(key -> key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)).toList();
        return Map.of("keys", keys);
    }

    static RSAPrivateCrtKey parsePrivateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("slate.identity.signing-key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static JsonWebKeySet parseKeySet(String json) {
        try {
            return new JsonWebKeySet(json);
        } catch (JoseException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey is not a JSON Web Key Set", e);
        }
    }
}
