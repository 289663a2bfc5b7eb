package app.slate.standins;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** A VAPID key pair made for one set of stand-ins, in the form operators give Slate (base64url public point, private value). */
record VapidKeys(String publicKey, String privateKey) {

    static VapidKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
            byte[] point = new byte[65];
            point[0] = 4;
            System.arraycopy(unsigned32(publicKey.getW().getAffineX()), 0, point, 1, 32);
            System.arraycopy(unsigned32(publicKey.getW().getAffineY()), 0, point, 33, 32);
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return new VapidKeys(b64.encodeToString(point), b64.encodeToString(unsigned32(((ECPrivateKey) pair.getPrivate()).getS())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }
}
