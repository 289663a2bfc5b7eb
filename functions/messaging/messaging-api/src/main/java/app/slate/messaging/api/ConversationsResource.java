package app.slate.messaging.api;

import app.slate.messaging.conversation.ConversationList;
import app.slate.messaging.conversation.ConversationView;
import app.slate.messaging.conversation.Conversations;
import app.slate.messaging.conversation.OpenRequest;
import app.slate.messaging.message.EditRequest;
import app.slate.messaging.message.MessageRequest;
import app.slate.messaging.message.MessageView;
import app.slate.messaging.message.Messages;
import app.slate.messaging.message.ShortlistMessages;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.events.AuditAction;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.metrics.Metrics;
import app.slate.platform.outbox.OutboxWakeup;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Conversations between a project's team and talent (about a submission or an invitation), the
 * team's own threads, and one message to a whole shortlist. Whoever is not in a conversation is
 * told it does not exist. Every change wakes the outbox relay, so the other side's open apps get
 * it within the second.
 */
@Path("/")
@Tag(name = "Messaging")
@Authenticated
public class ConversationsResource {

    private final Conversations conversations;
    private final Messages messages;
    private final ShortlistMessages shortlists;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public ConversationsResource(Conversations conversations, Messages messages, ShortlistMessages shortlists, AuditTrail audit,
                                 OutboxWakeup wakeup, CurrentCaller caller) {
        this.conversations = conversations;
        this.messages = messages;
        this.shortlists = shortlists;
        this.audit = audit;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Open a conversation about a submission or an invitation (team or that talent), or a team thread on a project; "
            + "answers the existing one when there is one (200) or the new one (201)")
    @POST
    @Path("/conversations")
    public Uni<Response> open(@NotNull @Valid OpenRequest request) {
        Caller me = caller.get();
        return conversations.open(me, request).chain(opened -> conversations.reach(me, opened.conversation().id())
                .chain(conversations::view)
                .map(view -> Response.status(opened.created() ? 201 : 200).entity(view).build()));
    }

    @Operation(summary = "Your conversations, most recent first, with unread messages per conversation and in total")
    @GET
    @Path("/conversations")
    public Uni<ConversationList> list(@QueryParam("before") Instant before,
                                      @QueryParam("limit") @DefaultValue("30") @Min(1) @Max(100) int limit) {
        return conversations.list(caller.get(), before == null ? Instant.now().plusSeconds(60) : before, limit);
    }

    @Operation(summary = "One conversation: what it is about, your unread count, and how far the others have read")
    @GET
    @Path("/conversations/{id}")
    public Uni<ConversationView> one(@PathParam("id") UUID id) {
        return conversations.reach(caller.get(), id).chain(conversations::view);
    }

    @Operation(summary = "Messages, newest first, before message number `before`")
    @GET
    @Path("/conversations/{id}/messages")
    public Uni<Map<String, List<MessageView>>> page(@PathParam("id") UUID id, @QueryParam("before") @Min(1) Long before,
                                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return messages.page(caller.get(), id, before == null ? Long.MAX_VALUE : before, limit).map(found -> Map.of("messages", found));
    }

    @Operation(summary = "Send a message: words, your own ready media, or both (a guardian sends for a minor)")
    @POST
    @Path("/conversations/{id}/messages")
    @PerAccountLimit(name = "messages", requests = 60, window = "PT1M")
    public Uni<Response> send(@PathParam("id") UUID id, @NotNull @Valid MessageRequest request) {
        return messages.post(caller.get(), id, request)
                .call(wakeup::now)
                .invoke(() -> Metrics.count("Messages"))
                .map(sent -> Response.status(201).entity(sent).build());
    }

    @Operation(summary = "Correct your message's words, within 5 minutes of sending")
    @PATCH
    @Path("/conversations/{id}/messages/{messageId}")
    public Uni<MessageView> edit(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId, @NotNull @Valid EditRequest request) {
        return messages.edit(caller.get(), id, messageId, request).call(wakeup::now);
    }

    @Operation(summary = "Delete your message: a tombstone stays in its place")
    @DELETE
    @Path("/conversations/{id}/messages/{messageId}")
    public Uni<Response> delete(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        return messages.delete(caller.get(), id, messageId).call(wakeup::now).map(done -> Response.noContent().build());
    }

    /** How far the reader has read; {@code upTo} is a message number, the last message when absent. */
    public record ReadRequest(@Min(0) Long upTo) {
    }

    @Operation(summary = "Mark read up to a message ({} or no `upTo`: the last one): the others see the receipt")
    @POST
    @Path("/conversations/{id}/read")
    public Uni<Response> read(@PathParam("id") UUID id, @NotNull @Valid ReadRequest request) {
        return messages.read(caller.get(), id, request.upTo()).call(wakeup::now)
                .map(done -> Response.noContent().build());
    }

    @Operation(summary = "Team: one message to everyone on a shortlist, each in their own conversation about their submission "
            + "(editors and owners; rate-limited; audited)")
    @POST
    @Path("/shortlists/{shortlistId}/messages")
    @PerAccountLimit(name = "shortlist-messages", requests = 10, window = "PT1H")
    public Uni<Map<String, Object>> toShortlist(@PathParam("shortlistId") UUID shortlistId, @NotNull @Valid MessageRequest request) {
        Caller me = caller.get();
        return shortlists.send(me, shortlistId, request)
                .call(sent -> Panache.withTransaction(() -> audit.record(me, AuditAction.SHORTLIST_MESSAGED, null,
                        "shortlist:" + shortlistId, sent.size() + " conversations")))
                .call(wakeup::now)
                .map(sent -> Map.of("conversations", sent));
    }
}
