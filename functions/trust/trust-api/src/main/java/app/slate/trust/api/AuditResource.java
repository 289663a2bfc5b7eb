package app.slate.trust.api;

import app.slate.platform.events.AuditAction;
import app.slate.platform.auth.Roles;
import app.slate.platform.problem.ProblemException;
import app.slate.trust.audit.AuditQuery;
import app.slate.trust.audit.AuditSearch;
import app.slate.trust.audit.AuditView;
import app.slate.trust.audit.ChainReport;
import app.slate.trust.audit.ChainVerification;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for admins only: who did what to whom, and whether the chain still holds. */
@Path("/admin/audit")
@Tag(name = "Trust and safety")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    /** What a page of the log answers: the entries, and where the next (older) page starts. */
    public record AuditPage(List<AuditView> entries, Long nextBefore) {
    }

    private final AuditSearch search;
    private final ChainVerification verification;

    public AuditResource(AuditSearch search, ChainVerification verification) {
        this.search = search;
        this.verification = verification;
    }

    @Operation(summary = "Admins: audited actions, newest first, by actor, subject (account ids), action, time; page back with before")
    @GET
    public Uni<AuditPage> search(@QueryParam("actorId") UUID actorId, @QueryParam("subjectId") UUID subjectId,
                                 @QueryParam("action") String action, @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                 @QueryParam("before") @Min(1) Long before,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (action != null && AuditAction.ofCode(action).isEmpty()) {
            throw ProblemException.invalid("action", "one of " + Arrays.stream(AuditAction.values()).map(AuditAction::code).toList());
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "a time after from");
        }
        return search.find(new AuditQuery(actorId, subjectId, action, from, to, before, limit))
                .map(entries -> new AuditPage(entries, entries.size() < limit ? null : entries.get(entries.size() - 1).seq()));
    }

    @Operation(summary = "Admins: recompute the hash chain from its anchor and report the first broken link, if any")
    @GET
    @Path("/verification")
    public Uni<ChainReport> verify() {
        return verification.verify();
    }
}
