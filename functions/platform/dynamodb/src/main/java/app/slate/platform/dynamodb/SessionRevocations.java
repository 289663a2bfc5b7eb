package app.slate.platform.dynamodb;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes the items that end access tokens before they expire (the revoked-sessions table), for
 * identity (logout, password change, suspension) and for an erasure, which must refuse the
 * erased account's last tokens without a function that serves HTTP. An account's item is keyed by
 * a digest of its id, not the id: it must outlive the erasure by one token lifetime and name nobody.
 * Items are kept for {@code slate.sessions.token-lifetime}, the longest an access token may live.
 */
@ApplicationScoped
public class SessionRevocations {

    private final DynamoDbClient dynamo;
    private final Optional<String> table;
    private final Duration tokenLifetime;

    public SessionRevocations(DynamoDbClient dynamo, @ConfigProperty(name = "slate.sessions.revoked-table") Optional<String> table,
                              @ConfigProperty(name = "slate.sessions.token-lifetime", defaultValue = "PT15M") Duration tokenLifetime) {
        this.dynamo = dynamo;
        this.table = table;
        this.tokenLifetime = tokenLifetime;
    }

    public static String accountKey(String accountId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            return "account#" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sessionKey(String sessionId) {
        return "session#" + sessionId;
    }

    /** Every token whose session began at or before {@code validAfter} (epoch ms) is refused, for one token lifetime. */
    public void revoke(String key, long validAfter) {
        String revokedTable = table.filter(name -> !name.isBlank())
                .orElseThrow(() -> new IllegalStateException("slate.sessions.revoked-table is not configured"));
        long keepUntil = Instant.now().plus(tokenLifetime).getEpochSecond() + 60;
        dynamo.putItem(put -> put.tableName(revokedTable).item(Map.of(
                "pk", AttributeValue.fromS(key),
                "validAfter", AttributeValue.fromN(Long.toString(validAfter)),
                "expiresAt", AttributeValue.fromN(Long.toString(keepUntil)))));
    }

    public void endAccount(String accountId, Instant at) {
        revoke(accountKey(accountId), at.toEpochMilli());
    }
}
