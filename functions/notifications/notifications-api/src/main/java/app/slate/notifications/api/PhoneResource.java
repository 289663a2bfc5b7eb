package app.slate.notifications.api;

import app.slate.notifications.phones.Phones;
import app.slate.notifications.phones.Phones.Phone;
import app.slate.platform.events.NotificationEvents;
import app.slate.platform.events.NotificationEvents.PhoneVerificationRequested;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own number for SMS: set it, prove it with the code texted to it, or remove it.
 * Only a verified number receives anything but its code.
 */
@Path("/notifications/phone")
@Tag(name = "SMS number", description = "The mobile number your SMS notifications go to, once verified")
@Authenticated
public class PhoneResource {

    public record NumberRequest(@NotNull @Size(max = 16) String number) {
    }

    public record CodeRequest(@NotNull @Size(max = 12) String code) {
    }

    private final Phones phones;
    private final Pool database;
    private final Outbox outbox;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public PhoneResource(Phones phones, Pool database, Outbox outbox, OutboxWakeup wakeup, CurrentCaller caller) {
        this.phones = phones;
        this.database = database;
        this.outbox = outbox;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Your number for SMS, and whether it is verified")
    @GET
    public Uni<Phone> read() {
        return phones.of(me()).map(phone -> phone.orElseThrow(() -> ProblemException.notFound("You have not set a number for SMS")));
    }

    @Operation(summary = "Set your mobile number (E.164, e.g. +966501234567): a six-digit code is texted to it, valid 10 minutes")
    @PUT
    public Uni<Response> set(@NotNull NumberRequest request) {
        UUID me = me();
        return database.withTransaction(connection -> phones.set(connection, me, request.number())
                        .chain(() -> outbox.record(connection, NotificationEvents.PHONE_VERIFICATION_REQUESTED,
                                Map.of(me.toString(), new PhoneVerificationRequested(me, request.number())))))
                .call(wakeup::now)
                .map(ignored -> Response.accepted(new Phone(request.number(), false)).build());
    }

    @Operation(summary = "Verify your number with the code texted to it")
    @POST
    @Path("/verify")
    public Uni<Phone> verify(@NotNull CodeRequest request) {
        return phones.verify(me(), request.code());
    }

    @Operation(summary = "Remove your number: no more SMS")
    @DELETE
    public Uni<Response> remove() {
        return phones.remove(me()).map(ignored -> Response.noContent().build());
    }

    private UUID me() {
        return UUID.fromString(caller.get().userId());
    }
}
