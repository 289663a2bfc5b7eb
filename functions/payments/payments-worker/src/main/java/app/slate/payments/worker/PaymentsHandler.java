package app.slate.payments.worker;

import app.slate.payments.checkout.Provider;
import app.slate.payments.moyasar.MoyasarEvents;
import app.slate.payments.stripe.StripeEvents;
import app.slate.platform.events.PaymentEvents;
import app.slate.platform.events.Subscriber;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * SQS batch handler of the payments queue: each provider event, put there by payment-webhook, is
 * applied once (its id is the provider's event id) and in whatever order it comes (the appliers
 * keep the provider's latest state). Reports only the failed messages for retry.
 */
@Named(PaymentsHandler.NAME)
@ApplicationScoped
public class PaymentsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "payments-worker";

    private final IdempotentBatchConsumer consumer;
    private final EventHandlers handlers;

    public PaymentsHandler(IdempotentBatchConsumer consumer, StripeEvents stripe, MoyasarEvents moyasar) {
        this.consumer = consumer;
        this.handlers = EventHandlers.of(Subscriber.PAYMENTS)
                .on(PaymentEvents.PROVIDER_EVENT, (event, delivery) -> {
                    switch (Provider.valueOf(delivery.provider())) {
                        case STRIPE -> stripe.apply(delivery);
                        case MOYASAR -> moyasar.apply(delivery);
                    }
                })
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, handlers);
    }
}
