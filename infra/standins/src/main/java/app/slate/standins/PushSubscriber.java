package app.slate.standins;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's side of web push, for tests and the local cloud: it subscribes at the push service
 * stand-in with its own P-256 key and auth secret, as {@code PushManager.subscribe()} does, and
 * decrypts what arrives for it (RFC 8291, aes128gcm) the way the browser would, so a test reads
 * exactly what a person's device would show. Written apart from Slate's encryption, on purpose.
 */
public final class PushSubscriber {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final String pushService;
    private final String id;
    private final String endpoint;
    private final KeyPair keys;
    private final byte[] auth;

    private PushSubscriber(String pushService, String id, String endpoint, KeyPair keys, byte[] auth) {
        this.pushService = pushService;
        this.id = id;
        this.endpoint = endpoint;
        this.keys = keys;
        this.auth = auth;
    }

    public static PushSubscriber subscribe(String pushService, String applicationServerKey) {
        JsonNode made = PushStore.call(HttpRequest.newBuilder(URI.create(pushService + "/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"applicationServerKey\":\"" + applicationServerKey + "\"}")));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new PushSubscriber(pushService, made.path("id").asText(), made.path("endpoint").asText(), generator.generateKeyPair(), auth);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String endpoint() {
        return endpoint;
    }

    /** The subscription's {@code keys.p256dh}: the browser's public key, an uncompressed point, base64url. */
    public String p256dh() {
        return B64.encodeToString(point((ECPublicKey) keys.getPublic()));
    }

    /** The subscription's {@code keys.auth}. */
    public String auth() {
        return B64.encodeToString(auth);
    }

    /** The browser unsubscribes: the push service answers 410 to whatever comes next. */
    public void unsubscribe() {
        PushStore.call(HttpRequest.newBuilder(URI.create(pushService + "/subscriptions/" + id)).DELETE());
    }

    /** What arrived for this subscription, decrypted, oldest first. */
    public List<String> received() {
        return PushStore.messages(pushService).stream().filter(message -> message.subscription().equals(id))
                .map(message -> decrypt(message.body())).toList();
    }

    /** RFC 8291 section 3 and RFC 8188, from the receiving end. */
    public String decrypt(byte[] message) {
        try {
            ByteBuffer in = ByteBuffer.wrap(message);
            byte[] salt = new byte[16];
            in.get(salt);
            in.getInt();
            byte[] senderKey = new byte[in.get() & 0xff];
            in.get(senderKey);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);

            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(keys.getPrivate());
            agreement.doPhase(publicKey(senderKey), true);
            byte[] shared = agreement.generateSecret();
            byte[] receiverKey = point((ECPublicKey) keys.getPublic());
            byte[] info = join("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), receiverKey, senderKey);
            byte[] ikm = hkdf(auth, shared, info, 32);
            byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = aes.doFinal(ciphertext);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new IllegalStateException("the last record must end with the delimiter 0x02");
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this push does not decrypt with this subscription's keys", e);
        }
    }

    /** HKDF-SHA-256, extract then one block of expand. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        return Arrays.copyOf(mac.doFinal(new byte[] {1}), length);
    }

    private static byte[] point(ECPublicKey key) {
        byte[] x = unsigned32(key.getW().getAffineX());
        byte[] y = unsigned32(key.getW().getAffineY());
        return join(new byte[] {4}, x, y);
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, ((ECPublicKey) keys.getPublic()).getParams()));
    }

    private static byte[] join(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
