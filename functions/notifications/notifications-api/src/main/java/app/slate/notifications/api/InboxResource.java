package app.slate.notifications.api;

import app.slate.notifications.inbox.Inbox;
import app.slate.notifications.inbox.InboxPage;
import app.slate.notifications.lifecycle.Lifecycle;
import app.slate.notifications.lifecycle.LifecycleFacts;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.http.auth.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's in-app inbox, filled by the notifications worker, in DynamoDB. Reading it also
 * tells the lifecycle journeys the person was here today.
 */
@Path("/inbox")
@Tag(name = "Inbox", description = "Your in-app notifications")
@Authenticated
public class InboxResource {

    private final Inbox inbox;
    private final CurrentCaller caller;
    private final LifecycleFacts facts;
    private final Lifecycle lifecycle;

    public InboxResource(Inbox inbox, CurrentCaller caller, LifecycleFacts facts, Lifecycle lifecycle) {
        this.inbox = inbox;
        this.caller = caller;
        this.facts = facts;
        this.lifecycle = lifecycle;
    }

    @Operation(summary = "Your notifications, newest first, in cursor pages")
    @GET
    public Uni<InboxPage> page(@QueryParam("cursor") @Size(max = 200) String cursor,
                               @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        String me = caller.get().userId();
        return active(me).chain(() -> OffLoop.call(() -> inbox.page(me, cursor, limit)));
    }

    @Operation(summary = "How many notifications you have not read")
    @GET
    @Path("/unread-count")
    public Uni<Map<String, Integer>> unread() {
        String me = caller.get().userId();
        return OffLoop.call(() -> Map.of("unread", inbox.unread(me)));
    }

    /**
     * Opening the inbox is using Slate: its first opening of a day restarts the re-engagement
     * journey's clock (the unread count, which apps poll, is not counted: it would write on every poll).
     */
    private Uni<Void> active(String me) {
        UUID person = UUID.fromString(me);
        return facts.active(person).chain(first -> first
                ? OffLoop.run(() -> lifecycle.moment("active", person, "any", Instant.now()))
                : Uni.createFrom().voidItem());
    }

    @Operation(summary = "Mark a notification read")
    @POST
    @Path("/{itemId}/read")
    public Uni<Response> markRead(@PathParam("itemId") @Size(max = 64) String itemId) {
        String me = caller.get().userId();
        return OffLoop.run(() -> inbox.markRead(me, itemId)).map(ignored -> Response.noContent().build());
    }
}
