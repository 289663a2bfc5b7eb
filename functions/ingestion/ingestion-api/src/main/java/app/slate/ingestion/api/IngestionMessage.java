package app.slate.ingestion.api;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
}
