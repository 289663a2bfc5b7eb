package app.slate.platform.outbox;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SQS client (the relay's deliveries, the wake-up after a write) while the function
 * initialises, so that no request pays for it and SnapStart snapshots it built.
 */
@ApplicationScoped
class SqsAtInit {

    void build(@Observes StartupEvent start, SqsClient sqs) {
        ClientProxy.unwrap(sqs);
    }
}
