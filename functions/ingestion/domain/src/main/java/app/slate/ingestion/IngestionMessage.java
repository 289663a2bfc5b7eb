package app.slate.ingestion;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** Raw text posted for ingestion; casting-call-ingest reads it into a draft (or marks it a duplicate, or not a call). */
@Entity
@Table(name = "ingestion_messages")
public class IngestionMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    public String source;

    @Column(name = "source_ref")
    public String sourceRef;

    public String body;

    @Column(name = "content_hash")
    public String contentHash;

    public String status;

    @Column(name = "draft_id")
    public UUID draftId;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** To the draft it repeats, when a near-duplicate. */
    public BigDecimal similarity;

    @Column(name = "processed_at")
    public Instant processedAt;

    /** A message that came straight from the queue, under an id derived from the SQS message: a redelivery stores nothing. */
    public static Uni<Void> storeOnce(UUID id, String source, String sourceRef, String body, String contentHash) {
        return IngestionMessage.<IngestionMessage>findById(id).chain(found -> {
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            IngestionMessage message = new IngestionMessage();
            message.id = id;
            message.source = source;
            message.sourceRef = sourceRef;
            message.body = body;
            message.contentHash = contentHash;
            message.status = "RECEIVED";
            message.receivedAt = Instant.now();
            return message.persist().replaceWithVoid();
        });
    }

    /** The message, while nothing has been made of it yet; null once it has been read. */
    public static Uni<IngestionMessage> unread(UUID id) {
        return IngestionMessage.<IngestionMessage>find("id = ?1 and status = 'RECEIVED'", id).firstResult();
    }

    /** The message repeats a known call: it points at the draft, which counts one more sighting. */
    public static Uni<Void> repeats(UUID id, UUID draftId, Double similarity) {
        BigDecimal rounded = similarity == null ? null : BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP);
        return update("status = 'DUPLICATE', draftId = ?2, similarity = ?3, processedAt = ?4 where id = ?1 and status = 'RECEIVED'",
                id, draftId, rounded, Instant.now())
                .chain(updated -> updated == 0 ? Uni.createFrom().voidItem() : CastingCallDraft.sightedAgain(draftId));
    }

    public static Uni<Void> notACall(UUID id) {
        return update("status = 'NOT_A_CALL', processedAt = ?2 where id = ?1 and status = 'RECEIVED'", id, Instant.now()).replaceWithVoid();
    }

    /** The new draft, pending review, with this message as its source. */
    public static Uni<Void> drafted(UUID id, CastingCallDraft draft) {
        return draft.persist().chain(() -> update("status = 'DRAFTED', draftId = ?2, processedAt = ?3 where id = ?1", id, draft.id, Instant.now()))
                .replaceWithVoid();
    }
}
