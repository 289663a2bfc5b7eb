package app.slate.platform.dynamodb;

import app.slate.platform.priming.Primer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Warms the DynamoDB client, and with it what every AWS SDK client of the function shares
 * (credentials, SigV4, the HTTP client): one read of a key nobody writes in a table the function
 * already reads. The SDK retries a connection that a restore left dead, so the one it pools is safe.
 */
@ApplicationScoped
class DynamoDbPrimer implements Primer {

    private static final Map<String, AttributeValue> NOBODY = Map.of("pk", AttributeValue.fromS("priming"));

    private final DynamoDbClient dynamo;
    private final Optional<String> revokedSessions;
    private final Optional<String> idempotency;

    DynamoDbPrimer(DynamoDbClient dynamo,
                   @ConfigProperty(name = "slate.sessions.revoked-table") Optional<String> revokedSessions,
                   @ConfigProperty(name = "slate.idempotency.table") Optional<String> idempotency) {
        this.dynamo = dynamo;
        this.revokedSessions = revokedSessions.filter(name -> !name.isBlank());
        this.idempotency = idempotency.filter(name -> !name.isBlank());
    }

    @Override
    public String name() {
        return "the AWS SDK (DynamoDB)";
    }

    /** The same operation the function's requests make on that table, so its permission covers it. */
    @Override
    public void prime() {
        if (revokedSessions.isPresent()) {
            dynamo.batchGetItem(read -> read.requestItems(Map.of(revokedSessions.get(), KeysAndAttributes.builder().keys(NOBODY).build())));
        } else {
            idempotency.ifPresent(table -> dynamo.getItem(read -> read.tableName(table).key(NOBODY)));
        }
    }
}
