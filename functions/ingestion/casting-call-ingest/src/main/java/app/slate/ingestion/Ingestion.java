package app.slate.ingestion;

import app.slate.ingestion.rules.CastingCallRules;
import app.slate.platform.ai.embedding.Embedder;
import app.slate.platform.ai.embedding.Similarity;
import app.slate.platform.ai.llm.Llm;
import app.slate.platform.ai.usage.TokenBudget;
import app.slate.platform.persistence.HandlerTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Reads one message into a draft casting call, unless it repeats one already known: first by
 * its fingerprint (no reading at all), then, once the call is read (by Slate's rules, refined by
 * Bedrock's model when one is configured), by the similarity of the call's embedding to recent
 * drafts. What is not a casting call is set aside.
 */
@ApplicationScoped
public class Ingestion {

    private static final Logger LOG = Logger.getLogger(Ingestion.class);
    /** Cosine similarity above which two extracted calls are the same call reworded. */
    static final double SAME_CALL = 0.92;
    /** How far back a new call is compared with existing ones: casting calls rarely run longer. */
    private static final int RECENT_DAYS = 90;

    /** Every field of a casting call as JSON, requirements included. */
    private static final Llm.Purpose EXTRACTION = new Llm.Purpose("casting-call-extract", 1200);

    private final Llm llm;
    private final Embedder embedder;

    public Ingestion(Llm llm, Embedder embedder) {
        this.llm = llm;
        this.embedder = embedder;
    }

    public void process(UUID messageId) {
        IngestionMessage message = HandlerTransaction.run(() -> IngestionMessage.unread(messageId));
        if (message == null) {
            return; // already read
        }
        CastingCallDraft same = HandlerTransaction.run(() -> CastingCallDraft.withHash(message.contentHash));
        if (same != null) {
            HandlerTransaction.run(() -> IngestionMessage.repeats(messageId, same.id, null));
            LOG.infof("Ingestion %s repeats draft %s word for word", messageId, same.id);
            return;
        }
        CastingCallExtraction call = extract(message.body);
        if (!call.castingCall()) {
            HandlerTransaction.run(() -> IngestionMessage.notACall(messageId));
            return;
        }
        float[] embedding = embedder.embed(call.fingerprintText());
        CastingCallDraft closest = null;
        double best = -1;
        for (CastingCallDraft known : HandlerTransaction.run(() -> CastingCallDraft.recent(RECENT_DAYS))) {
            double similarity = Similarity.cosine(embedding, known.embedding);
            if (similarity > best) {
                best = similarity;
                closest = known;
            }
        }
        if (closest != null && best >= SAME_CALL) {
            UUID repeated = closest.id;
            double similarity = best;
            HandlerTransaction.run(() -> IngestionMessage.repeats(messageId, repeated, similarity));
            LOG.infof("Ingestion %s is draft %s reworded (similarity %.3f)", messageId, repeated, similarity);
            return;
        }
        CastingCallDraft draft = call.toDraft(messageId, message.contentHash, embedding);
        HandlerTransaction.run(() -> IngestionMessage.drafted(messageId, draft));
        LOG.infof("Ingestion %s drafted %s (quality %.2f, extracted by %s)", messageId, draft.id, call.quality(), call.extractedBy());
    }

    /**
     * The rules always read the post; a configured model reads it again and has the last word where
     * it answers. Ingestion is the platform's own work, so it counts against the daily budget of all
     * calls only; once that is spent, the rules' reading is the draft until the budget renews.
     */
    private CastingCallExtraction extract(String body) {
        CastingCallExtraction rules = CastingCallRules.read(body, LocalDate.now(ZoneOffset.UTC));
        if (!llm.configured()) {
            return rules;
        }
        try {
            return CastingCallExtraction.refined(llm.completeJson(EXTRACTION, null, CastingCallExtraction.PROMPT, body), rules,
                    llm.modelId());
        } catch (TokenBudget.AiBudgetSpent e) {
            LOG.warnf("Ingestion: %s The rules' reading is the draft.", e.problem().detail());
            return rules;
        }
    }
}
