package app.slate.notifications.api;

import app.slate.notifications.delivery.DeliveryHistory;
import app.slate.notifications.delivery.DeliveryHistory.ChannelFigures;
import app.slate.notifications.delivery.DeliveryHistory.Sent;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log: each person's own messages beyond the app, and admins' figures per channel. */
@Path("/")
@Tag(name = "Delivery log", description = "Messages Slate sent you by email (and later SMS and push), and their fate")
public class DeliveriesResource {

    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final DeliveryHistory history;
    private final CurrentCaller caller;

    public DeliveriesResource(DeliveryHistory history, CurrentCaller caller) {
        this.history = history;
        this.caller = caller;
    }

    @Operation(summary = "Messages Slate sent you outside the app, newest first; page back with before=<at of the last>")
    @GET
    @Path("/notifications/deliveries")
    @Authenticated
    public Uni<List<Sent>> mine(@QueryParam("before") Instant before,
                                @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return history.of(UUID.fromString(caller.get().userId()), before, limit);
    }

    @Operation(summary = "Admins: per channel, how many messages were sent, delivered, bounced, complained about or failed in [from, to)")
    @GET
    @Path("/admin/notifications/figures")
    @RolesAllowed(Roles.ADMIN)
    public Uni<List<ChannelFigures>> figures(@QueryParam("from") @NotNull Instant from, @QueryParam("to") @NotNull Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw ProblemException.invalid("to", "the period may be at most 366 days");
        }
        return history.figures(from, to);
    }
}
