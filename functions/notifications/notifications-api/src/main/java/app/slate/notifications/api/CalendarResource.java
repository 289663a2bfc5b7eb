package app.slate.notifications.api;

import app.slate.notifications.calendar.AuditionCalendar;
import app.slate.notifications.calendar.CalendarEntry;
import app.slate.notifications.calendar.Invitations;
import app.slate.notifications.preferences.Preferences;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An audition's calendar file, for the people it concerns: the talent, a guardian acting for them,
 * and the project's team. Anyone else is told it does not exist. Times are in the viewer's zone
 * from their notification settings; the UID and sequence are those of the invitations emailed.
 */
@Path("/notifications/calendar/auditions/{submissionId}/{round}")
@Tag(name = "Calendar", description = "Audition bookings as iCalendar files (RFC 5545)")
@Authenticated
public class CalendarResource {

    private final AuditionCalendar calendar;
    private final Preferences preferences;
    private final CurrentCaller caller;

    public CalendarResource(AuditionCalendar calendar, Preferences preferences, CurrentCaller caller) {
        this.calendar = calendar;
        this.preferences = preferences;
        this.caller = caller;
    }

    @Operation(summary = "An audition booking (round 1) or callback (round 2 and up) as an .ics file, in your time zone")
    @GET
    @Produces("text/calendar")
    public Uni<Response> download(@PathParam("submissionId") UUID submissionId, @PathParam("round") @Min(1) @Max(20) int round) {
        String me = caller.get().userId();
        return calendar.forAttendee(CalendarEntry.uid(submissionId, round), me).chain(found -> {
            CalendarEntry entry = found.orElseThrow(() -> ProblemException.notFound("No audition booking of yours here"));
            return preferences.read(UUID.fromString(me)).map(settings -> Response
                    .ok(Invitations.published(entry, ZoneId.of(settings.timeZone())))
                    .header("Content-Disposition", "attachment; filename=\"audition-" + submissionId + "-" + round + ".ics\"")
                    .build());
        });
    }
}
