package app.slate.identity.session;

import app.slate.identity.IdentityConfig;
import app.slate.platform.http.auth.RevokedSessions;
import app.slate.platform.http.auth.Session;
import app.slate.identity.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Refresh tokens in DynamoDB, stored only as SHA-256 hashes. Every login starts a family; each
 * use rotates it, and the family item names its one current token. The rotation is a
 * transaction conditioned on "the presented token is still current", so two racing uses of one
 * token cannot both win; the loser is treated as reuse and the whole family dies. A stolen token
 * is therefore good for at most one use, by the thief or by the owner, and the next use by the
 * other side ends the family. Blocking: call off the event loop.
 */
@ApplicationScoped
public class RefreshTokens {

    /** A login's first refresh token and its session (the family), which its access tokens name. */
    public record Started(String token, Session session) {
    }

    /** A refresh that went through: the new token and what the family says about its session. */
    public record Rotation(String token, Session session, UUID accountId) {
    }

    /** The token is unknown, expired, or its family was ended. */
    public static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    private final DynamoDbClient dynamo;
    private final IdentityConfig config;
    private final RevokedSessions revokedSessions;

    public RefreshTokens(DynamoDbClient dynamo, IdentityConfig config, RevokedSessions revokedSessions) {
        this.dynamo = dynamo;
        this.config = config;
        this.revokedSessions = revokedSessions;
    }

    /** Starts a family for a fresh login and returns its first token. */
    public Started start(UUID accountId) {
        String family = UUID.randomUUID().toString();
        String token = SecretTokens.generate();
        String hash = SecretTokens.hash(token);
        Instant now = Instant.now();
        long expires = now.plus(config.refreshTokenLifetime()).getEpochSecond();
        dynamo.transactWriteItems(tx -> tx.transactItems(
                put -> put.put(p -> p.tableName(table()).conditionExpression("attribute_not_exists(pk)").item(Map.of(
                        "pk", s("family#" + family),
                        "accountId", s(accountId.toString()),
                        "current", s(hash),
                        "startedAt", n(now.toEpochMilli()),
                        "expiresAt", n(expires)))),
                put -> put.put(p -> p.tableName(table()).item(tokenItem(hash, family, expires)))));
        return new Started(token, new Session(family, now.toEpochMilli()));
    }

    public Rotation rotate(String presented) {
        String presentedHash = SecretTokens.hash(presented);
        Map<String, AttributeValue> token = get("token#" + presentedHash);
        if (token == null) {
            throw new Refused("unknown refresh token");
        }
        String family = token.get("family").s();
        Map<String, AttributeValue> familyItem = get("family#" + family);
        Instant now = Instant.now();
        if (familyItem == null || familyItem.containsKey("revokedAt")
                || Long.parseLong(familyItem.get("expiresAt").n()) <= now.getEpochSecond()) {
            throw new Refused("this session has ended");
        }
        String next = SecretTokens.generate();
        String nextHash = SecretTokens.hash(next);
        long expires = Long.parseLong(familyItem.get("expiresAt").n());
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    update -> update.update(u -> u.tableName(table())
                            .key(Map.of("pk", s("family#" + family)))
                            .updateExpression("SET #current = :next, rotatedAt = :now")
                            .conditionExpression("#current = :presented AND attribute_not_exists(revokedAt)")
                            .expressionAttributeNames(Map.of("#current", "current"))
                            .expressionAttributeValues(Map.of(
                                    ":next", s(nextHash), ":presented", s(presentedHash), ":now", n(now.getEpochSecond())))),
                    put -> put.put(p -> p.tableName(table()).item(tokenItem(nextHash, family, expires)))));
        } catch (TransactionCanceledException lost) {
            if (lost.cancellationReasons().stream().map(CancellationReason::code).anyMatch("ConditionalCheckFailed"::equals)) {
                revokeFamily(family);
                throw new Refused("refresh token reuse detected; every session of this login has been ended");
            }
            throw lost;
        }
        return new Rotation(next, new Session(family, Long.parseLong(familyItem.get("startedAt").n())),
                UUID.fromString(familyItem.get("accountId").s()));
    }

    /** Logout: ends the family of the presented token. Unknown tokens are ignored, as logout always succeeds. */
    public void revoke(String presented) {
        Map<String, AttributeValue> token = get("token#" + SecretTokens.hash(presented));
        if (token != null) {
            revokeFamily(token.get("family").s());
        }
    }

    /** Whether a token could still be used: for tests and diagnostics of the family state. */
    public boolean isLive(String token) {
        Map<String, AttributeValue> item = get("token#" + SecretTokens.hash(token));
        if (item == null) {
            return false;
        }
        Map<String, AttributeValue> family = get("family#" + item.get("family").s());
        return family != null && !family.containsKey("revokedAt")
                && family.get("current").s().equals(SecretTokens.hash(token));
    }

    /** Ends the family and, with it, the access tokens already issued in its session. */
    void revokeFamily(String family) {
        revokedSessions.endSession(family);
        dynamo.updateItem(u -> u.tableName(table())
                .key(Map.of("pk", s("family#" + family)))
                .updateExpression("SET revokedAt = if_not_exists(revokedAt, :now)")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":now", n(Instant.now().getEpochSecond()))));
    }

    private Map<String, AttributeValue> tokenItem(String hash, String family, long expires) {
        return Map.of("pk", s("token#" + hash), "family", s(family), "expiresAt", n(expires));
    }

    private Map<String, AttributeValue> get(String key) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table()).key(Map.of("pk", s(key))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private String table() {
        return config.refreshTable().orElseThrow(() -> new IllegalStateException("slate.identity.refresh-table is not configured"));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
