package app.slate.casting.moderation;

import app.slate.casting.role.RoleService;
import app.slate.casting.role.RoleView;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins take a role (or an ingested casting call, which is a role) down with a reason its team
 * sees, and reinstate it; the "pay to audition" scam is the classic case. Audited in the change's transaction.
 */
@Path("/admin/roles/{roleId}/takedown")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Trust and safety")
public class RoleTakedowns {

    public record Takedown(@NotBlank @Size(max = 500) String reason) {
    }

    private final RoleService roles;
    private final CurrentCaller caller;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;

    public RoleTakedowns(RoleService roles, CurrentCaller caller, AuditTrail audit, OutboxWakeup wakeup) {
        this.roles = roles;
        this.caller = caller;
        this.audit = audit;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Admins: take a role or casting call down: off the board, submissions refused, the reason shown to its team")
    @POST
    public Uni<RoleView> takeDown(@PathParam("roleId") UUID roleId, @NotNull @Valid Takedown takedown) {
        Caller admin = caller.get();
        return Panache.withTransaction(() -> roles.takeDown(roleId, takedown.reason())
                        .call(role -> audit.record(admin, AuditAction.MODERATION_DECIDED, null, "role:" + roleId,
                                "taken down: " + takedown.reason())))
                .call(wakeup::afterCommit);
    }

    @Operation(summary = "Admins: reinstate a role taken down (open again while its deadline is ahead)")
    @DELETE
    public Uni<RoleView> reinstate(@PathParam("roleId") UUID roleId) {
        Caller admin = caller.get();
        return Panache.withTransaction(() -> roles.reinstate(roleId)
                        .call(role -> audit.record(admin, AuditAction.MODERATION_DECIDED, null, "role:" + roleId, "reinstated")))
                .call(wakeup::afterCommit);
    }
}
