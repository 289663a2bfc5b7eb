package app.slate.media.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * SQS batch handler of the media-uploads queue: each message is an S3 event notification. Only
 * the messages that failed are reported, so only they come back (and, after five tries, rest in
 * the dead-letter queue). Ingesting is idempotent, so a redelivered event changes nothing.
 */
@Named(IngestHandler.NAME)
@ApplicationScoped
public class IngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "media-ingest";
    private static final Logger LOG = Logger.getLogger(IngestHandler.class);

    private final Ingest ingest;
    private final ObjectMapper json;

    public IngestHandler(Ingest ingest, ObjectMapper json) {
        this.ingest = ingest;
        this.json = json;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : batch.getRecords()) {
            try {
                for (UploadedObject upload : UploadedObject.in(json.readTree(message.getBody()))) {
                    long started = System.nanoTime();
                    ingest.ingest(upload).ifPresent(outcome -> LOG.infof("Ingested %s: %s, %d bytes read in %d ms%s",
                            outcome.assetId(), outcome.status(), outcome.bytesRead(), (System.nanoTime() - started) / 1_000_000,
                            outcome.reason() == null ? "" : " (" + outcome.reason() + ")"));
                }
            } catch (Exception e) {
                LOG.warnf(e, "Upload event %s failed and will be retried", message.getMessageId());
                failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(message.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}
