package app.slate.ingestion;

import app.slate.platform.ai.embedding.Embedder;
import app.slate.platform.ai.embedding.Similarity;
import app.slate.platform.ai.llm.Llm;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reads one message into a draft casting call, unless it repeats one already known: first by
 * its fingerprint (no model call at all), then, once the model has extracted the call, by the
 * similarity of the call's embedding to recent drafts. What is not a casting call is set aside.
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class);
    /** Cosine similarity above which two extracted calls are the same call reworded. */
    static final double SAME_CALL = 0.92;

    private final IngestionRows rows;
    private final Llm llm;
    private final Embedder embedder;

    public Ingestion(IngestionRows rows, Llm llm, Embedder embedder) {
        this.rows = rows;
        this.llm = llm;
        this.embedder = embedder;
    }

    public void process(UUID messageId) {
        IngestionRows.Received message = rows.received(messageId);
        if (message == null) {
            return; // already read
        }
        UUID same = rows.draftWithHash(message.contentHash());
        if (same != null) {
            rows.duplicate(messageId, same, null);
            LOG.infof("Ingestion %s repeats draft %s word for word", messageId, same);
            return;
        }
        CastingCallExtraction call = CastingCallExtraction.of(llm.completeJson("casting-call-extract", CastingCallExtraction.PROMPT, message.body()));
        if (!call.castingCall()) {
            rows.notACall(messageId);
            return;
        }
        float[] embedding = embedder.embed(call.fingerprintText());
        IngestionRows.Known closest = null;
        double best = -1;
        for (IngestionRows.Known known : rows.recentDrafts()) {
            double similarity = Similarity.cosine(embedding, known.embedding());
            if (similarity > best) {
                best = similarity;
                closest = known;
            }
        }
        if (closest != null && best >= SAME_CALL) {
            rows.duplicate(messageId, closest.id(), best);
            LOG.infof("Ingestion %s is draft %s reworded (similarity %.3f)", messageId, closest.id(), best);
            return;
        }
        UUID draft = rows.draft(messageId, message.contentHash(), call, embedding);
        LOG.infof("Ingestion %s drafted %s (quality %.2f)", messageId, draft, call.quality());
    }
}
