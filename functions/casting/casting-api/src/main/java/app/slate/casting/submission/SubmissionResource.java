package app.slate.casting.submission;

import app.slate.casting.selftape.SelfTapeInvitation;
import app.slate.casting.selftape.SelfTapeService;
import app.slate.casting.submission.preparation.PreparationPack;
import app.slate.casting.submission.preparation.Preparations;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/submissions")
@Tag(name = "Submissions")
public class SubmissionResource {

    private final SubmissionService submissions;
    private final SelfTapeService selfTapes;
    private final OutboxWakeup wakeup;
    private final Preparations preparations;
    private final CurrentCaller caller;

    public SubmissionResource(SubmissionService submissions, SelfTapeService selfTapes, Preparations preparations, OutboxWakeup wakeup,
                              CurrentCaller caller) {
        this.submissions = submissions;
        this.preparations = preparations;
        this.selfTapes = selfTapes;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Your own submissions, newest first")
    @GET
    @Path("/mine")
    @RolesAllowed(Roles.TALENT)
    public Uni<SubmissionViews.Page<SubmissionViews.Mine>> mine(@QueryParam("cursor") @Size(max = 200) String cursor,
                                                                @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return submissions.mine(caller.get(), cursor, limit);
    }

    @Operation(summary = "Read a submission: talent their own, the role's team with history and ratings (an editor's first look marks it VIEWED)")
    @GET
    @Path("/{submissionId}")
    @RolesAllowed({Roles.TALENT, Roles.CASTING, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The talent's view or the team's view",
            content = @Content(schema = @Schema(oneOf = {SubmissionViews.ForTalent.class, SubmissionViews.ForTeam.class})))
    public Uni<SubmissionViews.OneSubmission> get(@PathParam("submissionId") UUID submissionId) {
        return submissions.get(caller.get(), submissionId).call(wakeup::afterCommit);
    }

    @Operation(summary = "Prepare (again) your audition pack for this submission: the character's scenes and lines, what to find in each, "
            + "likely questions, a checklist for each requested media; kept with the submission, for you only")
    @POST
    @Path("/{submissionId}/preparation")
    @RolesAllowed(Roles.TALENT)
    @PerAccountLimit(name = "preparations", requests = 30, window = "PT1H")
    public Uni<PreparationPack> prepare(@PathParam("submissionId") UUID submissionId) {
        return preparations.prepare(caller.get(), submissionId);
    }

    @Operation(summary = "Your audition pack for this submission, as last prepared")
    @GET
    @Path("/{submissionId}/preparation")
    @RolesAllowed(Roles.TALENT)
    public Uni<PreparationPack> preparation(@PathParam("submissionId") UUID submissionId) {
        return preparations.get(caller.get(), submissionId);
    }

    @Operation(summary = "Withdraw your submission")
    @POST
    @Path("/{submissionId}/withdraw")
    @RolesAllowed(Roles.TALENT)
    public Uni<SubmissionViews.ForTalent> withdraw(@PathParam("submissionId") UUID submissionId, @RequestBody(required = false) @Valid Withdrawal withdrawal) {
        return submissions.withdraw(caller.get(), submissionId, withdrawal == null ? null : withdrawal.reason()).call(wakeup::afterCommit);
    }

    @Operation(summary = "Move a submission to another status (owner or editor); only allowed moves")
    @POST
    @Path("/{submissionId}/status")
    @RolesAllowed(Roles.CASTING)
    public Uni<SubmissionViews.ForTeam> changeStatus(@PathParam("submissionId") UUID submissionId, @NotNull @Valid StatusChange change) {
        return submissions.changeStatus(caller.get(), submissionId, change).call(wakeup::afterCommit);
    }

    @Operation(summary = "Add a note and/or a 1–5 rating, private to the team")
    @IdempotentCreate
    @POST
    @Path("/{submissionId}/notes")
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> addNote(@PathParam("submissionId") UUID submissionId, @NotNull @Valid NoteRequest note) {
        return submissions.addNote(caller.get(), submissionId, note).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @Operation(summary = "The team's notes and ratings on a submission")
    @GET
    @Path("/{submissionId}/notes")
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    public Uni<List<NoteView>> notes(@PathParam("submissionId") UUID submissionId) {
        return submissions.notes(caller.get(), submissionId);
    }

    @Operation(summary = "Ask the talent for a self-tape: instructions, deadline, sides")
    @IdempotentCreate
    @POST
    @Path("/{submissionId}/self-tapes")
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> requestSelfTape(@PathParam("submissionId") UUID submissionId, @NotNull @Valid SelfTapeInvitation invitation) {
        return selfTapes.request(caller.get(), submissionId, invitation).call(wakeup::afterCommit)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
