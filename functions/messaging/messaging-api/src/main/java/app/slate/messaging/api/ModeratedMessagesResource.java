package app.slate.messaging.api;

import app.slate.messaging.message.MessageView;
import app.slate.messaging.message.Messages;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moderators and reported messages: admins are in nobody's conversations, so they read a message
 * only by its id from a report, and every such read is audited; a takedown hides its words behind
 * the moderators' reason for everyone in the conversation.
 */
@Path("/admin/messages/{messageId}")
@Tag(name = "Trust and safety")
@RolesAllowed(Roles.ADMIN)
public class ModeratedMessagesResource {

    public record Takedown(@NotBlank @Size(max = 500) String reason) {
    }

    private final Messages messages;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public ModeratedMessagesResource(Messages messages, AuditTrail audit, OutboxWakeup wakeup, CurrentCaller caller) {
        this.messages = messages;
        this.audit = audit;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Admins: read a reported message (audited)")
    @GET
    public Uni<MessageView> read(@PathParam("messageId") UUID messageId) {
        Caller admin = caller.get();
        return messages.message(messageId).call(message -> audit.recordRead(Optional.of(admin), AuditAction.MESSAGE_READ_BY_MODERATOR,
                message.senderId(), "message:" + messageId, null));
    }

    @Operation(summary = "Admins: take a message down; its words are replaced by the reason for everyone in the conversation")
    @POST
    @Path("/takedown")
    public Uni<Response> takeDown(@PathParam("messageId") UUID messageId, @NotNull @Valid Takedown takedown) {
        Caller admin = caller.get();
        return messages.remove(messageId, takedown.reason().strip(), audit.alongside(admin, AuditAction.MESSAGE_REMOVED, null,
                        "message:" + messageId, takedown.reason()))
                .call(wakeup::now)
                .map(done -> Response.noContent().build());
    }
}
