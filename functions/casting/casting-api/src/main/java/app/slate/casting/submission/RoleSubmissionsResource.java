package app.slate.casting.submission;

import app.slate.casting.submission.cover.CoverNoteDraft;
import app.slate.casting.submission.cover.CoverNoteRequest;
import app.slate.casting.submission.cover.CoverNotes;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.metrics.Metrics;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

@Path("/roles/{roleId}/submissions")
@Tag(name = "Submissions", description = "Submitting to roles, and the casting team's pipeline")
public class RoleSubmissionsResource {

    private final SubmissionService submissions;
    private final OutboxWakeup wakeup;
    private final CoverNotes coverNotes;
    private final CurrentCaller caller;

    public RoleSubmissionsResource(SubmissionService submissions, CoverNotes coverNotes, OutboxWakeup wakeup, CurrentCaller caller) {
        this.submissions = submissions;
        this.coverNotes = coverNotes;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Submit to an open role with items of your portfolio (a guardian submits for a minor)")
    @IdempotentCreate
    @POST
    @RolesAllowed(Roles.TALENT)
    public Uni<Response> submit(@PathParam("roleId") UUID roleId, @NotNull @Valid SubmissionRequest request) {
        return submissions.submit(caller.get(), roleId, request).call(wakeup::afterCommit)
                .invoke(() -> Metrics.count("Submissions"))
                .map(view -> Response.created(URI.create("/submissions/" + view.id())).entity(view).build());
    }

    @Operation(summary = "Draft a cover note for a submission to this role, from the role and your profile, in the tone you choose",
            description = "Nothing is stored or sent: edit the note and send it as the submission's note. `mentions` are the profile's "
                    + "facts the note states; `unmet` the role's requirements your profile does not show. `extractedBy` is `rules`, "
                    + "or the chat model's id when Bedrock rewrote the draft.")
    @POST
    @Path("/cover-note")
    @RolesAllowed(Roles.TALENT)
    @PerAccountLimit(name = "cover-notes", requests = 30, window = "PT1H")
    public Uni<CoverNoteDraft> draftCoverNote(@PathParam("roleId") UUID roleId, @NotNull @Valid CoverNoteRequest request) {
        return coverNotes.draft(caller.get(), roleId, request);
    }

    @Operation(summary = "The role's submissions, oldest first, optionally of one status (the role's team)")
    @GET
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    public Uni<SubmissionViews.Page<SubmissionViews.Card>> list(@PathParam("roleId") UUID roleId,
                                                                @QueryParam("status") @Pattern(regexp = SubmissionStatus.NAMES,
                                                                        message = "must be a submission status such as SHORTLISTED") String status,
                                                                @QueryParam("cursor") @Size(max = 200) String cursor,
                                                                @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return submissions.ofRole(caller.get(), roleId, status == null ? null : SubmissionStatus.valueOf(status), cursor, limit);
    }

    @Operation(summary = "Move many submissions of the role to one status; each gets its own outcome")
    @POST
    @Path("/status")
    @RolesAllowed(Roles.CASTING)
    public Uni<Map<String, List<BulkStatusChange.Result>>> changeStatuses(@PathParam("roleId") UUID roleId,
                                                                          @NotNull @Valid BulkStatusChange change) {
        return submissions.changeStatuses(caller.get(), roleId, change).call(wakeup::afterCommit)
                .map(results -> Map.of("results", results));
    }
}
