package app.slate.media.api.moderation;

import app.slate.media.MediaAsset;
import app.slate.media.MediaStatus;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.OwnerIds;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.events.ModerationEvents;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins take a ready asset down (it plays for nobody; its owner sees why and is told in their
 * inbox) and reinstate it. The objects stay: a takedown can be undone, and the owner may still
 * delete the asset. Audited in the change's transaction.
 */
@Path("/admin/media/{id}/takedown")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Trust and safety")
public class MediaTakedowns {

    public record Takedown(@NotBlank @Size(max = 500) String reason) {
    }

    private final CurrentCaller caller;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final OutboxWakeup wakeup;

    public MediaTakedowns(CurrentCaller caller, AuditTrail audit, Outbox outbox, OutboxWakeup wakeup) {
        this.caller = caller;
        this.audit = audit;
        this.outbox = outbox;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Admins: take a ready media asset down: it plays for nobody, its owner sees the reason")
    @POST
    public Uni<Response> takeDown(@PathParam("id") UUID id, @NotNull @Valid Takedown takedown) {
        Caller admin = caller.get();
        return Panache.withTransaction(() -> asset(id).call(asset -> {
                    if (asset.status != MediaStatus.READY) {
                        throw ProblemException.conflict("Only a ready asset is taken down; this one is " + asset.status.name().toLowerCase() + ".");
                    }
                    asset.status = MediaStatus.TAKEN_DOWN;
                    asset.failureReason = takedown.reason();
                    asset.updatedAt = Instant.now();
                    UUID owner = OwnerIds.account(asset.ownerId).orElse(null);
                    return audit.record(admin, AuditAction.MODERATION_DECIDED, owner, "media:" + id, "taken down: " + takedown.reason())
                            .chain(() -> outbox.record(ModerationEvents.TAKEN_DOWN, id.toString(), new ModerationEvents.TakenDown("MEDIA", id,
                                    asset.fileName == null ? "Your " + asset.kind.name().toLowerCase() : asset.fileName, takedown.reason(),
                                    owner == null ? List.of() : List.of(owner))));
                }))
                .call(wakeup::afterCommit)
                .map(asset -> Response.noContent().build());
    }

    @Operation(summary = "Admins: reinstate a media asset taken down; it plays again")
    @DELETE
    public Uni<Response> reinstate(@PathParam("id") UUID id) {
        Caller admin = caller.get();
        return Panache.withTransaction(() -> asset(id).call(asset -> {
                    if (asset.status != MediaStatus.TAKEN_DOWN) {
                        throw ProblemException.notFound("This asset was not taken down.");
                    }
                    asset.status = MediaStatus.READY;
                    asset.failureReason = null;
                    asset.updatedAt = Instant.now();
                    return audit.record(admin, AuditAction.MODERATION_DECIDED, OwnerIds.account(asset.ownerId).orElse(null), "media:" + id,
                            "reinstated");
                }))
                .call(wakeup::afterCommit)
                .map(asset -> Response.noContent().build());
    }

    private static Uni<MediaAsset> asset(UUID id) {
        return MediaAsset.byId(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Media asset not found"));
    }
}
