package app.slate.trust.api;

import app.slate.casting.reads.RoleReads;
import app.slate.identity.reads.Accounts;
import app.slate.media.reads.MediaReads;
import app.slate.messaging.reads.SharedMessages;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import app.slate.trust.moderation.CaseView;
import app.slate.trust.moderation.Decision;
import app.slate.trust.moderation.ModerationCases;
import app.slate.trust.moderation.ReportRequest;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports from anyone with an account, and the review queue for admins. A report names an object
 * that exists (a profile, a role, an account, a media item); the reporter is never shown to the reported.
 */
@Path("/")
@Tag(name = "Trust and safety")
public class ModerationResource {

    private final ModerationCases cases;
    private final TalentReads talent;
    private final RoleReads roles;
    private final Accounts accounts;
    private final MediaReads media;
    private final SharedMessages messages;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public ModerationResource(ModerationCases cases, TalentReads talent, RoleReads roles, Accounts accounts, MediaReads media, SharedMessages messages,
                              AuditTrail audit, OutboxWakeup wakeup, CurrentCaller caller) {
        this.media = media;
        this.messages = messages;
        this.cases = cases;
        this.talent = talent;
        this.roles = roles;
        this.accounts = accounts;
        this.audit = audit;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Report a profile, a role (a casting call: \"pay to audition\" above all), an account, a media item or a message to the moderators")
    @POST
    @Path("/reports")
    @Authenticated
    public Uni<Response> report(@NotNull @Valid ReportRequest report) {
        UUID reporter = UUID.fromString(caller.get().userId());
        return exists(report).chain(found -> {
            if (!found) {
                throw ProblemException.invalid("id", "is not a " + report.kind().name().toLowerCase() + " on Slate");
            }
            return cases.report(reporter, report);
        }).map(caseId -> Response.accepted(Map.of("received", true)).build());
    }

    private Uni<Boolean> exists(ReportRequest report) {
        return switch (report.kind()) {
            case PROFILE -> talent.byId(report.id()).map(found -> found != null);
            case ROLE -> roles.role(report.id()).map(found -> found != null);
            case ACCOUNT -> accounts.exists(report.id());
            case MEDIA -> media.exists(report.id());
            case MESSAGE -> messages.exists(report.id());
        };
    }

    @Operation(summary = "Admins: the review queue, most urgent first (repeated reports raise a case), then the longest waiting")
    @GET
    @Path("/admin/moderation/cases")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, List<CaseView>>> queue(@QueryParam("status") @DefaultValue("OPEN")
                                                  @Pattern(regexp = "OPEN|DISMISSED|ACTIONED", message = "must be OPEN, DISMISSED or ACTIONED")
                                                  String status,
                                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return cases.queue(status, limit).map(found -> Map.of("cases", found));
    }

    @Operation(summary = "Admins: one case with its reports (who, why, what they saw)")
    @GET
    @Path("/admin/moderation/cases/{caseId}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<CaseView> one(@PathParam("caseId") UUID caseId) {
        return cases.one(caseId);
    }

    @Operation(summary = "Admins: close a case, DISMISSED or ACTIONED (after taking down or suspending); every reporter is told how it ended")
    @POST
    @Path("/admin/moderation/cases/{caseId}/decision")
    @RolesAllowed(Roles.ADMIN)
    public Uni<CaseView> decide(@PathParam("caseId") UUID caseId, @NotNull @Valid Decision decision) {
        Caller admin = caller.get();
        return cases.decide(caseId, UUID.fromString(admin.userId()), decision, audit.alongside(admin, AuditAction.MODERATION_DECIDED, null,
                        "moderation-case:" + caseId, decision.outcome().toLowerCase() + ": " + decision.note()))
                .call(wakeup::now)
                .chain(() -> cases.one(caseId));
    }
}
