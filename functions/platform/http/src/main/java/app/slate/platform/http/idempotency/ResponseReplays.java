package app.slate.platform.http.idempotency;

import app.slate.platform.idempotency.IdempotencyConfig;
import app.slate.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Idempotency-Key records in the idempotency table: a conditional put claims the key for one
 * request at a time; the finished answer is kept for 24 hours. Blocking: call off the event loop.
 */
@ApplicationScoped
class ResponseReplays {

    static final Duration RETENTION = Duration.ofHours(24);
    /** A request that crashed mid-way frees its key after this long. */
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final DynamoDbClient dynamo;
    private final IdempotencyConfig config;

    ResponseReplays(DynamoDbClient dynamo, IdempotencyConfig config) {
        this.dynamo = dynamo;
        this.config = config;
    }

    /** Empty when this request may go ahead; the earlier answer when it is a retry. */
    Optional<StoredResponse> begin(String key, String fingerprint) {
        Instant now = Instant.now();
        try {
            dynamo.putItem(put -> put.tableName(table())
                    .item(Map.of(
                            "pk", s(key),
                            "status", s("IN_PROGRESS"),
                            "fingerprint", s(fingerprint),
                            "leaseUntil", n(now.plus(LEASE).getEpochSecond()),
                            "expiresAt", n(now.plus(RETENTION).getEpochSecond())))
                    .conditionExpression("attribute_not_exists(pk) OR (#status = :inProgress AND leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":inProgress", s("IN_PROGRESS"), ":now", n(now.getEpochSecond())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Optional.empty();
        } catch (ConditionalCheckFailedException taken) {
            Map<String, AttributeValue> earlier = taken.item();
            if (!fingerprint.equals(earlier.get("fingerprint").s())) {
                throw ProblemException.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used with a different request.");
            }
            if (!"COMPLETED".equals(earlier.get("status").s())) {
                throw ProblemException.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
            }
            return Optional.of(new StoredResponse(Integer.parseInt(earlier.get("responseStatus").n()),
                    text(earlier, "responseBody"), text(earlier, "location")));
        }
    }

    void complete(String key, String fingerprint, StoredResponse response) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(key));
        item.put("status", s("COMPLETED"));
        item.put("fingerprint", s(fingerprint));
        item.put("responseStatus", n(response.status()));
        item.put("expiresAt", n(Instant.now().plus(RETENTION).getEpochSecond()));
        if (response.body() != null) {
            item.put("responseBody", s(response.body()));
        }
        if (response.location() != null) {
            item.put("location", s(response.location()));
        }
        dynamo.putItem(put -> put.tableName(table()).item(item));
    }

    /** Frees the key after a failed attempt, so that the client's retry runs for real. */
    void release(String key) {
        dynamo.deleteItem(delete -> delete.tableName(table()).key(Map.of("pk", s(key))));
    }

    private String table() {
        return config.table().orElseThrow(() -> new IllegalStateException("slate.idempotency.table is not configured"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
