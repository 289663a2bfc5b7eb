package app.slate.platform.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An outbox row as the writing side sees it; the relay's bookkeeping columns belong to the relay. */
@Entity
@Table(name = "outbox_events")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** See {@link app.slate.platform.logging.Correlation}; null for work that began outside any. */
    @Column(name = "correlation_id")
    public String correlationId;

    /** See {@link app.slate.platform.logging.Tracing}; null outside Lambda or without active tracing. */
    @Column(name = "trace_header")
    public String traceHeader;
}
