package app.slate.casting.audition;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auditions")
@Tag(name = "Auditions")
public class AuditionResource {

    private final AuditionService auditions;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public AuditionResource(AuditionService auditions, OutboxWakeup wakeup, CurrentCaller caller) {
        this.auditions = auditions;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Book a slot for a submission: talent their own, the team any; a taken slot is a 409")
    @POST
    @Path("/{slotId}/booking")
    @RolesAllowed({Roles.TALENT, Roles.CASTING})
    public Uni<SlotView> book(@PathParam("slotId") UUID slotId, @NotNull @Valid Booking.Request booking) {
        return auditions.book(caller.get(), slotId, booking.submissionId()).call(wakeup::afterCommit);
    }

    @Operation(summary = "Give up a booking; the slot is free again")
    @DELETE
    @Path("/{slotId}/booking")
    @RolesAllowed({Roles.TALENT, Roles.CASTING})
    public Uni<SlotView> cancelBooking(@PathParam("slotId") UUID slotId) {
        return auditions.cancelBooking(caller.get(), slotId).call(wakeup::afterCommit);
    }

    @Operation(summary = "Move a booking to another free slot of the same round")
    @POST
    @Path("/{slotId}/reschedule")
    @RolesAllowed({Roles.TALENT, Roles.CASTING})
    public Uni<SlotView> reschedule(@PathParam("slotId") UUID slotId, @NotNull @Valid Booking.Move move) {
        return auditions.reschedule(caller.get(), slotId, move.toSlotId()).call(wakeup::afterCommit);
    }

    @Operation(summary = "Cancel a slot (the team); whoever held it is told")
    @DELETE
    @Path("/{slotId}")
    @RolesAllowed(Roles.CASTING)
    public Uni<SlotView> cancel(@PathParam("slotId") UUID slotId) {
        return auditions.cancelSlot(caller.get(), slotId).call(wakeup::afterCommit);
    }
}
