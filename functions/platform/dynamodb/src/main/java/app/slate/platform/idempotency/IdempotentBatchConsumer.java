package app.slate.platform.idempotency;

import app.slate.platform.events.EventEnvelope;
import app.slate.platform.logging.Correlation;
import app.slate.platform.logging.Tracing;
import app.slate.platform.metrics.Metrics;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs an event handler over an SQS batch, once per event, and reports the messages that
 * failed so that only they are retried ({@code ReportBatchItemFailures}). A message that is not
 * an event envelope fails every time and so ends in the dead-letter queue.
 */
@ApplicationScoped
public class IdempotentBatchConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentBatchConsumer.class);

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final ObjectReader envelopes;

    public IdempotentBatchConsumer(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
        // Producers may add fields to the envelope before every consumer knows them.
        this.envelopes = json.readerFor(EventEnvelope.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** {@code lambda}: the invocation, whose request id goes on every line logged for the batch (null outside Lambda). */
    public SQSBatchResponse consume(String consumer, SQSEvent batch, Context lambda, EventHandlers handlers) {
        return consume(consumer, batch, lambda, this::envelope, handlers);
    }

    /**
     * For queues that also take messages other than event envelopes (raw text from scrapers, say):
     * {@code reader} makes each message an envelope, whose id must be stable across redeliveries.
     */
    public SQSBatchResponse consume(String consumer, SQSEvent batch, Context lambda, Function<SQSEvent.SQSMessage, EventEnvelope> reader,
                                    EventHandlers handlers) {
        return consumeEach(consumer, batch, lambda, reader, event -> handlers.handle(event, json));
    }

    /** The message body as an event envelope; anything else fails (and, retried, ends in the dead-letter queue). */
    private EventEnvelope envelope(SQSEvent.SQSMessage message) {
        try {
            return envelopes.readValue(message.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an event envelope", e);
        }
    }

    private SQSBatchResponse consumeEach(String consumer, SQSEvent batch, Context lambda, Function<SQSEvent.SQSMessage, EventEnvelope> reader,
                                         Consumer<EventEnvelope> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        MDC.put(Correlation.CONSUMER, consumer);
        if (lambda != null && lambda.getAwsRequestId() != null) {
            MDC.put(Correlation.LAMBDA_REQUEST, lambda.getAwsRequestId());
        }
        String trace = Tracing.traceId(Tracing.currentHeader());
        if (trace != null) {
            MDC.put(Tracing.TRACE_ID, trace);
        }
        try {
            for (SQSEvent.SQSMessage message : batch.getRecords()) {
                // Each event's lines, and the events its handler records, carry the correlation id it came with.
                MDC.put(Correlation.ID, Correlation.acceptedOrNew(correlationOf(message)));
                MDC.put(Correlation.EVENT, message.getMessageId());
                try {
                    EventEnvelope event = reader.apply(message);
                    if (event.correlationId() != null) {
                        MDC.put(Correlation.ID, event.correlationId());
                    }
                    MDC.put(Correlation.EVENT, String.valueOf(event.id()));
                    handleOnce(consumer, event, handler);
                } catch (Exception e) {
                    LOG.warnf(e, "%s: message %s failed and will be retried", consumer, message.getMessageId());
                    Metrics.countForFunction("Failures");
                    failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(message.getMessageId()).build());
                }
            }
        } finally {
            for (String key : List.of(Correlation.CONSUMER, Correlation.LAMBDA_REQUEST, Correlation.ID, Correlation.EVENT, Tracing.TRACE_ID)) {
                MDC.remove(key);
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private static String correlationOf(SQSEvent.SQSMessage message) {
        SQSEvent.MessageAttribute attribute = message.getMessageAttributes() == null ? null : message.getMessageAttributes().get(Correlation.ID);
        return attribute == null ? null : attribute.getStringValue();
    }

    private void handleOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("not an event envelope");
        }
        String key = consumer + "#" + event.id();
        switch (store.claim(key)) {
            case ALREADY_DONE -> LOG.debugf("%s: event %s already handled", consumer, event.id());
            case IN_PROGRESS -> throw new IllegalStateException("event " + event.id() + " is being handled by another delivery");
            case PROCEED -> {
                try {
                    handler.accept(event);
                } catch (RuntimeException e) {
                    store.release(key);
                    throw e;
                }
                store.complete(key);
                LOG.infof("%s handled %s %s", consumer, event.type(), event.id());
            }
        }
    }
}
