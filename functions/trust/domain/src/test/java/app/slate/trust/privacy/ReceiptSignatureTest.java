package app.slate.trust.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Receipts check whatever the order of their keys, and no longer check once anything in them changes. */
class ReceiptSignatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReceiptChecks_inAnyKeyOrder_andAChangedOneDoesNot() throws Exception {
        ReceiptSignature signature = new ReceiptSignature(config(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()));
        ObjectNode receipt = (ObjectNode) JSON.readTree("""
                {"receipt":"slate.erasure/1","request":"r-1","completedAt":"2026-12-03T06:00:00Z",
                 "stores":{"talent":[{"store":"postgresql:talent_profiles","what":"talent profile","action":"deleted","count":1}]}}""");
        String signed = signature.sign(receipt);

        ObjectNode reordered = (ObjectNode) JSON.readTree("""
                {"stores":{"talent":[{"count":1,"action":"deleted","what":"talent profile","store":"postgresql:talent_profiles"}]},
                 "completedAt":"2026-12-03T06:00:00Z","request":"r-1","receipt":"slate.erasure/1"}""");
        assertThat(signature.verify(reordered, signed)).isTrue();

        ObjectNode changed = receipt.deepCopy();
        ((ObjectNode) changed.path("stores").path("talent").path(0)).put("count", 0);
        assertThat(signature.verify(changed, signed)).isFalse();
        assertThat(signature.verify(receipt, "bm90IGEgc2lnbmF0dXJl")).isFalse();
        assertThat(signature.verify(receipt, "%%%")).isFalse();
        ReceiptSignature otherKey = new ReceiptSignature(config(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()));
        assertThat(otherKey.verify(receipt, signed)).isFalse();
    }

    private static PrivacyConfig config(KeyPair keys) {
        String privateKey = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        return new PrivacyConfig() {
            public Duration erasureGrace() {
                return Duration.ofDays(30);
            }

            public Optional<String> bucket() {
                return Optional.empty();
            }

            public Duration exportLifetime() {
                return Duration.ofDays(7);
            }

            public Duration downloadLinkLifetime() {
                return Duration.ofMinutes(5);
            }

            public Duration exportInterval() {
                return Duration.ofHours(24);
            }

            public Duration unusedAccountRetention() {
                return Duration.ofDays(30);
            }

            public Optional<String> receiptSigningKey() {
                return Optional.of(privateKey);
            }

            public Optional<String> receiptVerifyKey() {
                return Optional.of(publicKey);
            }
        };
    }
}
