package app.slate.trust.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs erasure receipts with Ed25519 and checks them. What is signed is the receipt's canonical
 * JSON (keys sorted, no spaces), so anyone holding the public key ({@code GET
 * /erasures/receipts/key}) can check a receipt outside Slate, years later, without asking Slate.
 */
@ApplicationScoped
public class ReceiptSignature {

    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final PrivacyConfig config;

    public ReceiptSignature(PrivacyConfig config) {
        this.config = config;
    }

    public String sign(JsonNode receipt) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey());
            signer.update(canonical(receipt));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt signing key cannot sign", e);
        }
    }

    public boolean verify(JsonNode receipt, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey());
            verifier.update(canonical(receipt));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException | SignatureException notASignature) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt verify key cannot verify", e);
        }
    }

    public String publicKeyBase64() {
        return config.receiptVerifyKey().orElseThrow(() -> new IllegalStateException("slate.privacy.receipt-verify-key is not configured"));
    }

    private PrivateKey privateKey() throws GeneralSecurityException {
        String key = config.receiptSigningKey().orElseThrow(() -> new IllegalStateException("slate.privacy.receipt-signing-key is not configured"));
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
    }

    private PublicKey publicKey() throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64())));
    }

    /** Sorted keys at every depth: the tree is rebuilt through maps, which the mapper writes in key order. */
    private static byte[] canonical(JsonNode receipt) {
        try {
            Object tree = CANONICAL.treeToValue(receipt, Object.class);
            return CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a receipt", e);
        }
    }
}
