package app.slate.scripts;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.Subscriber;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** SQS batch handler of the script-analysis queue; reports only the failed messages for retry. */
@Named(ScriptAnalyzerHandler.NAME)
@ApplicationScoped
public class ScriptAnalyzerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "script-analyzer";
    private final IdempotentBatchConsumer consumer;
    private final EventHandlers handlers;

    public ScriptAnalyzerHandler(IdempotentBatchConsumer consumer, ScriptAnalysis analysis) {
        this.consumer = consumer;
        this.handlers = EventHandlers.of(Subscriber.SCRIPT_ANALYSIS)
                .on(CastingEvents.SCRIPT_UPLOADED, (event, uploaded) -> analysis.run(uploaded.scriptId()))
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, handlers);
    }
}
