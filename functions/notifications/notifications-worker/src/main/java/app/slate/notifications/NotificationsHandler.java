package app.slate.notifications;

import app.slate.platform.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** SQS batch handler of the notifications queue; reports only the failed messages for retry. */
@Named(NotificationsHandler.NAME)
@ApplicationScoped
public class NotificationsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "notifications-worker";

    private final IdempotentBatchConsumer consumer;
    private final InboxDelivery delivery;

    public NotificationsHandler(IdempotentBatchConsumer consumer, InboxDelivery delivery) {
        this.consumer = consumer;
        this.delivery = delivery;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, delivery::deliver);
    }
}
