package app.slate.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id at OWASP's recommended floor (19 MiB, 2 passes, 1 lane), stored in the PHC string
 * form so that the cost can be raised later and old hashes still verify. Deliberately slow
 * (tens of milliseconds): call it off the event loop.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the email is unknown, so that the answer takes as long either way. */
    private final String decoy = hash("not a real password, only spends the same time");

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** True when {@code password} matches {@code stored}; a null hash (no password set) never matches. */
    public boolean verify(String password, String stored) {
        if (stored == null) {
            verify(password, decoy);
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String setting : parts[3].split(",")) {
            int value = Integer.parseInt(setting.substring(2));
            switch (setting.charAt(0)) {
                case 'm' -> memory = value;
                case 't' -> iterations = value;
                case 'p' -> parallelism = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = derive(password, B64D.decode(parts[4]), memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(iterations).withParallelism(parallelism)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
