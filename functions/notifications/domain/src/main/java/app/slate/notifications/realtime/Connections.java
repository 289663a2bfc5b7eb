package app.slate.notifications.realtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The open WebSocket connections (owner of the connections table): one item per connection,
 * found by account through the {@code account} index, forgotten on $disconnect, when a frame finds
 * it gone (410), or by TTL. Blocking.
 */
@ApplicationScoped
public class Connections {

    private static final String ACCOUNT_INDEX = "account";

    private final DynamoDbClient dynamo;
    private final RealtimeConfig config;

    public Connections(DynamoDbClient dynamo, RealtimeConfig config) {
        this.dynamo = dynamo;
        this.config = config;
    }

    public void connected(String connectionId, UUID accountId, Instant at) {
        dynamo.putItem(p -> p.tableName(table()).item(Map.of(
                "pk", AttributeValue.fromS(connectionId),
                "accountId", AttributeValue.fromS(accountId.toString()),
                "connectedAt", AttributeValue.fromS(at.toString()),
                "expiresAt", AttributeValue.fromN(Long.toString(at.plus(config.connectionLifetime()).getEpochSecond())))));
    }

    public void disconnected(String connectionId) {
        dynamo.deleteItem(d -> d.tableName(table()).key(Map.of("pk", AttributeValue.fromS(connectionId))));
    }

    /** The account's live connections (TTL deletes lag, so expired ones are skipped here). */
    public List<String> of(UUID accountId) {
        List<String> connections = new ArrayList<>();
        long now = Instant.now().getEpochSecond();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(q -> q.tableName(table()).indexName(ACCOUNT_INDEX)
                    .keyConditionExpression("accountId = :a").expressionAttributeValues(Map.of(":a", AttributeValue.fromS(accountId.toString())))
                    .exclusiveStartKey(from));
            page.items().stream().filter(item -> Long.parseLong(item.get("expiresAt").n()) > now).forEach(item -> connections.add(item.get("pk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return connections;
    }

    private String table() {
        return config.connectionsTable().orElseThrow(() -> new IllegalStateException("slate.realtime.connections-table is not configured"));
    }
}
