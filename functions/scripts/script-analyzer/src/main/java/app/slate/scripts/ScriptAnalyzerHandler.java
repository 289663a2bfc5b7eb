package app.slate.scripts;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;
import org.jboss.logging.Logger;

/** SQS batch handler of the script-analysis queue; reports only the failed messages for retry. */
@Named(ScriptAnalyzerHandler.NAME)
@ApplicationScoped
public class ScriptAnalyzerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "script-analyzer";
    private static final Logger LOG = Logger.getLogger(ScriptAnalyzerHandler.class);

    private final IdempotentBatchConsumer consumer;
    private final ScriptAnalysis analysis;

    public ScriptAnalyzerHandler(IdempotentBatchConsumer consumer, ScriptAnalysis analysis) {
        this.consumer = consumer;
        this.analysis = analysis;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, event -> {
            if (CastingEvents.SCRIPT_UPLOADED.equals(event.type())) {
                analysis.run(UUID.fromString(event.payload().path("scriptId").asText()));
            } else {
                LOG.warnf("Ignoring event %s of unexpected type %s", event.id(), event.type());
            }
        });
    }
}
