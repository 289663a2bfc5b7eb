package app.slate.platform.dynamodb;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the DynamoDB client (idempotency, rate limits, inbox) while the function initialises, so
 * that no request pays for it and SnapStart snapshots it built. The client is a lazy bean;
 * unwrapping its proxy makes it.
 */
@ApplicationScoped
class DynamoDbAtInit {

    void build(@Observes StartupEvent start, DynamoDbClient dynamo) {
        ClientProxy.unwrap(dynamo);
    }
}
