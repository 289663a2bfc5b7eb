package app.slate.platform.ratelimit;

import app.slate.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Fixed-window request counters in DynamoDB, shared by every instance of a function: one atomic
 * {@code ADD} per request, and the window's item expires by TTL once the window is over.
 * Blocking: call it off the event loop.
 */
@ApplicationScoped
public class RateLimiter {

    /** A named limit: at most {@code requests} in each {@code window}. */
    public record Limit(String name, int requests, Duration window) {
    }

    private final DynamoDbClient dynamo;
    private final RateLimitConfig config;

    public RateLimiter(DynamoDbClient dynamo, RateLimitConfig config) {
        this.dynamo = dynamo;
        this.config = config;
    }

    /** Counts one request by {@code subject} (an IP, an account) and refuses it over the limit with a 429. */
    public void hit(Limit limit, String subject) {
        Instant now = Instant.now();
        long windowMillis = limit.window().toMillis();
        long windowStart = now.toEpochMilli() / windowMillis * windowMillis;
        Instant windowEnd = Instant.ofEpochMilli(windowStart + windowMillis);
        String table = config.table().orElseThrow(() -> new IllegalStateException("slate.rate-limits.table is not configured"));
        Map<String, AttributeValue> counted = dynamo.updateItem(update -> update.tableName(table)
                // The window length is part of the key: a changed limit never counts against an old window.
                .key(Map.of("pk", AttributeValue.fromS(limit.name() + "#" + subject + "#" + windowMillis + "#" + windowStart)))
                .updateExpression("ADD hits :one SET expiresAt = if_not_exists(expiresAt, :expires)")
                .expressionAttributeValues(Map.of(
                        ":one", AttributeValue.fromN("1"),
                        ":expires", AttributeValue.fromN(Long.toString(windowEnd.getEpochSecond() + 60))))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        if (Long.parseLong(counted.get("hits").n()) > limit.requests()) {
            throw ProblemException.tooManyRequests("Too many requests of this kind; try again later.",
                    Duration.between(now, windowEnd));
        }
    }
}
