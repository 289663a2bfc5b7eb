package app.slate.identity.moderation;

import app.slate.identity.account.Account;
import app.slate.identity.account.AccountView;
import app.slate.identity.session.EndedSessions;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins suspend or ban an account, and reinstate it. Suspending ends every session at once
 * (the ended-sessions table every function reads), refuses logins and refreshes, and hides what the
 * account shows (profiles, roles: identity/reads Suspensions); the reason is what the person is told
 * when they try to log in. Every decision is audited.
 */
@Path("/admin/accounts/{accountId}/suspension")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Trust and safety")
public class AccountSuspensions {

    /** Why, in words the person will read; {@code ban}: for good, not for a while. */
    public record Suspension(@NotBlank @Size(max = 500) String reason, boolean ban) {
    }

    private final CurrentCaller caller;
    private final EndedSessions endedSessions;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;

    public AccountSuspensions(CurrentCaller caller, EndedSessions endedSessions, AuditTrail audit, OutboxWakeup wakeup) {
        this.caller = caller;
        this.endedSessions = endedSessions;
        this.audit = audit;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Admins: suspend or ban an account: its tokens stop at once, it cannot log in, nothing of it is shown")
    @PUT
    public Uni<AccountView> suspend(@PathParam("accountId") UUID accountId, @NotNull @Valid Suspension suspension) {
        Caller admin = caller.get();
        if (admin.userId().equals(accountId.toString())) {
            throw ProblemException.conflict("Admins do not suspend themselves.");
        }
        return Panache.withTransaction(() -> Account.requireLive(accountId).call(account -> {
                    account.suspend(suspension.reason(), suspension.ban());
                    return audit.record(admin, AuditAction.MODERATION_DECIDED, account.id, "account:" + account.id,
                            (suspension.ban() ? "banned: " : "suspended: ") + suspension.reason());
                }))
                .call(endedSessions::of)
                .call(wakeup::afterCommit)
                .map(AccountView::of);
    }

    @Operation(summary = "Admins: reinstate a suspended or banned account; it logs in again and shows again")
    @DELETE
    public Uni<AccountView> reinstate(@PathParam("accountId") UUID accountId) {
        Caller admin = caller.get();
        return Panache.withTransaction(() -> Account.requireLive(accountId).call(account -> {
                    if (!account.isSuspended()) {
                        throw ProblemException.notFound("This account is not suspended.");
                    }
                    account.reinstate();
                    return audit.record(admin, AuditAction.MODERATION_DECIDED, account.id, "account:" + account.id, "reinstated");
                }))
                .call(wakeup::afterCommit)
                .map(AccountView::of);
    }
}
