package app.slate.ingestion.api;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/ingestion")
@Tag(name = "Casting-call ingestion", description = "Raw text read into draft casting calls, and the admins' validation queue")
@RolesAllowed(Roles.ADMIN)
public class IngestionResource {

    private final CurrentCaller caller;
    private final OutboxWakeup wakeup;
    private final IngestionService ingestion;

    public IngestionResource(CurrentCaller caller, OutboxWakeup wakeup, IngestionService ingestion) {
        this.caller = caller;
        this.wakeup = wakeup;
        this.ingestion = ingestion;
    }

    @Operation(summary = "Post raw text (a scraped page, a group message) to be read into a draft casting call")
    @POST
    @Path("/messages")
    public Uni<Response> receive(@NotNull @Valid IngestionRequest request) {
        return ingestion.receive(caller.get(), request).call(wakeup::afterCommit)
                .map(m -> Response.accepted(Map.of("id", m.id, "status", m.status, "contentHash", m.contentHash)).build());
    }

    @Operation(summary = "The validation queue: drafted casting calls by status (PENDING first), best quality first")
    @GET
    @Path("/drafts")
    public Uni<List<DraftView>> queue(@QueryParam("status") @DefaultValue("PENDING")
                                      @Pattern(regexp = "PENDING|APPROVED|REJECTED", message = "must be PENDING, APPROVED or REJECTED") String status) {
        return ingestion.queue(status);
    }

    @Operation(summary = "One drafted casting call")
    @GET
    @Path("/drafts/{draftId}")
    public Uni<DraftView> get(@PathParam("draftId") UUID draftId) {
        return ingestion.get(draftId);
    }

    @Operation(summary = "Correct a pending draft")
    @PATCH
    @Path("/drafts/{draftId}")
    public Uni<DraftView> edit(@PathParam("draftId") UUID draftId, @NotNull @Valid DraftChanges changes) {
        return ingestion.edit(draftId, changes);
    }

    @Operation(summary = "Approve a pending draft: it becomes an open, public role on the board")
    @POST
    @Path("/drafts/{draftId}/approve")
    public Uni<Response> approve(@PathParam("draftId") UUID draftId) {
        return ingestion.approve(caller.get(), draftId).call(wakeup::afterCommit)
                .map(role -> Response.status(Response.Status.CREATED).entity(role).location(URI.create("/roles/" + role.id())).build());
    }

    @Operation(summary = "Reject a pending draft, saying why")
    @POST
    @Path("/drafts/{draftId}/reject")
    public Uni<DraftView> reject(@PathParam("draftId") UUID draftId, @NotNull @Valid Rejection rejection) {
        return ingestion.reject(caller.get(), draftId, rejection);
    }
}
