package app.slate.platform.audit;

import app.slate.platform.auth.Caller;
import app.slate.platform.events.AuditAction;
import app.slate.platform.events.AuditEvents;
import app.slate.platform.events.AuditEvents.ActionRecorded;
import app.slate.platform.http.ClientAddress;
import app.slate.platform.http.RequestIds;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.outbox.OutboxWakeup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a sensitive action of the current request for the audit log: who (the caller, and the
 * guardian acting for a minor; nobody for an anonymous visitor), about whom, on what, from which
 * address, in which request. It goes to the outbox, so a change records inside its own transaction
 * and the record exists exactly when the change does; a read records in a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {

    private final Outbox outbox;
    private final OutboxWakeup wakeup;
    private final ClientAddress address;
    private final RequestIds requests;

    public AuditTrail(Outbox outbox, OutboxWakeup wakeup, ClientAddress address, RequestIds requests) {
        this.outbox = outbox;
        this.wakeup = wakeup;
        this.address = address;
        this.requests = requests;
    }

    /** Inside the caller's Panache transaction. {@code subjectId} is the person concerned, or null for nobody. */
    public Uni<Void> record(Caller caller, AuditAction action, UUID subjectId, String target, String detail) {
        ActionRecorded recorded = recorded(Optional.of(caller), action, subjectId, target, detail);
        return outbox.record(AuditEvents.RECORDED, aggregate(recorded), recorded).replaceWithVoid();
    }

    /**
     * For a change a domain writes in SQL: the record, written in the change's transaction. Who,
     * from where and in which request are read now, on the request, not when the transaction runs.
     */
    public AlongsideChange alongside(Caller caller, AuditAction action, UUID subjectId, String target, String detail) {
        ActionRecorded recorded = recorded(Optional.of(caller), action, subjectId, target, detail);
        return connection -> outbox.record(connection, AuditEvents.RECORDED, Map.of(aggregate(recorded), recorded));
    }

    /** A read, which has no transaction of its own: recorded in one, then the relay is woken. */
    public Uni<Void> recordRead(Optional<Caller> viewer, AuditAction action, UUID subjectId, String target, String detail) {
        ActionRecorded recorded = recorded(viewer, action, subjectId, target, detail);
        return Panache.withTransaction(() -> outbox.record(AuditEvents.RECORDED, aggregate(recorded), recorded))
                .call(wakeup::afterCommit).replaceWithVoid();
    }

    private ActionRecorded recorded(Optional<Caller> caller, AuditAction action, UUID subjectId, String target, String detail) {
        // A guardian's token acts as the minor (its subject); the guardian is who really acted.
        UUID actor = caller.map(c -> UUID.fromString(c.userId())).orElse(null);
        UUID guardian = caller.map(Caller::actorId).map(UUID::fromString).orElse(null);
        return new ActionRecorded(action.code(), actor, guardian, subjectId, target, detail, Instant.now(), address.current(),
                requests.current());
    }

    private static String aggregate(ActionRecorded recorded) {
        return recorded.subjectId() != null ? recorded.subjectId().toString() : recorded.target();
    }
}
