package app.slate.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Remembers which events a consumer has handled, in DynamoDB. A claim is a conditional write,
 * so two deliveries of one event racing each other cannot both proceed; a claim left behind by
 * a crashed consumer expires after its lease; records expire by TTL after the retention.
 */
@ApplicationScoped
public class IdempotencyStore {

    public enum Claim { PROCEED, ALREADY_DONE, IN_PROGRESS }

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final DynamoDbClient dynamo;
    private final IdempotencyConfig config;

    public IdempotencyStore(DynamoDbClient dynamo, IdempotencyConfig config) {
        this.dynamo = dynamo;
        this.config = config;
    }

    public Claim claim(String key) {
        Instant now = Instant.now();
        try {
            dynamo.putItem(put -> put.tableName(table())
                    .item(Map.of(
                            "pk", string(key),
                            "status", string(IN_PROGRESS),
                            "leaseUntil", number(now.plus(config.lease()).getEpochSecond()),
                            "expiresAt", number(now.plus(config.retention()).getEpochSecond())))
                    .conditionExpression("attribute_not_exists(pk) OR (#status = :inProgress AND leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":inProgress", string(IN_PROGRESS), ":now", number(now.getEpochSecond())))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return Claim.PROCEED;
        } catch (ConditionalCheckFailedException taken) {
            AttributeValue status = taken.hasItem() ? taken.item().get("status") : null;
            return status != null && COMPLETED.equals(status.s()) ? Claim.ALREADY_DONE : Claim.IN_PROGRESS;
        }
    }

    public void complete(String key) {
        dynamo.updateItem(update -> update.tableName(table())
                .key(Map.of("pk", string(key)))
                .updateExpression("SET #status = :completed")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":completed", string(COMPLETED))));
    }

    /** Gives the event back after a failure, so that its redelivery is processed. */
    public void release(String key) {
        dynamo.deleteItem(delete -> delete.tableName(table()).key(Map.of("pk", string(key))));
    }

    private String table() {
        return config.table().orElseThrow(() -> new IllegalStateException("slate.idempotency.table is not configured"));
    }

    private static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
