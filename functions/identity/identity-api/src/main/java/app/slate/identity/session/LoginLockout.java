package app.slate.identity.session;

import app.slate.identity.AbuseLimits;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.ratelimit.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Growing lockout after failed logins, per email whether or not an account has it (so the lock
 * says nothing about which emails exist): after N failures in a row the email is locked for
 * 30 s, then 60 s, 120 s... up to an hour; a success clears it. Kept in the rate-limit table.
 * Blocking: call off the event loop.
 */
@ApplicationScoped
public class LoginLockout {

    private static final Duration MEMORY = Duration.ofDays(1);

    private final DynamoDbClient dynamo;
    private final RateLimitConfig table;
    private final AbuseLimits limits;

    public LoginLockout(DynamoDbClient dynamo, RateLimitConfig table, AbuseLimits limits) {
        this.dynamo = dynamo;
        this.table = table;
        this.limits = limits;
    }

    /** Refuses while the email is locked; otherwise says whether failures are on record for it. */
    public boolean refuseIfLocked(String email) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table()).key(key(email)).consistentRead(true)).item();
        if (item != null && item.containsKey("lockedUntil")) {
            Instant until = Instant.ofEpochMilli(Long.parseLong(item.get("lockedUntil").n()));
            Instant now = Instant.now();
            if (until.isAfter(now)) {
                throw ProblemException.tooManyRequests("Too many failed logins for this account; try again later.",
                        Duration.between(now, until));
            }
        }
        return item != null && !item.isEmpty();
    }

    public void failed(String email) {
        Instant now = Instant.now();
        long failures = Long.parseLong(dynamo.updateItem(u -> u.tableName(table()).key(key(email))
                .updateExpression("ADD failures :one SET expiresAt = :expires")
                .expressionAttributeValues(Map.of(
                        ":one", AttributeValue.fromN("1"),
                        ":expires", AttributeValue.fromN(Long.toString(now.plus(MEMORY).getEpochSecond()))))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("failures").n());
        long beyond = failures - limits.failuresBeforeLockout();
        if (beyond >= 0) {
            Duration lock = limits.firstLockout().multipliedBy(1L << Math.min(beyond, 20));
            if (lock.compareTo(limits.longestLockout()) > 0) {
                lock = limits.longestLockout();
            }
            long until = now.plus(lock).toEpochMilli();
            dynamo.updateItem(u -> u.tableName(table()).key(key(email))
                    .updateExpression("SET lockedUntil = :until")
                    .expressionAttributeValues(Map.of(":until", AttributeValue.fromN(Long.toString(until)))));
        }
    }

    /** A success clears the failures; most logins have none on record, and then cost no write. */
    public void succeeded(String email, boolean failuresOnRecord) {
        if (failuresOnRecord) {
            dynamo.deleteItem(d -> d.tableName(table()).key(key(email)));
        }
    }

    private static Map<String, AttributeValue> key(String email) {
        return Map.of("pk", AttributeValue.fromS("lockout#" + email));
    }

    private String table() {
        return table.table().orElseThrow(() -> new IllegalStateException("slate.rate-limits.table is not configured"));
    }
}
