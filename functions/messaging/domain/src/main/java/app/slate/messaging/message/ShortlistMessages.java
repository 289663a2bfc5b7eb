package app.slate.messaging.message;

import app.slate.casting.reads.Access;
import app.slate.casting.reads.ConversationSubjects;
import app.slate.messaging.conversation.Conversations;
import app.slate.messaging.conversation.Membership;
import app.slate.messaging.conversation.OpenRequest;
import app.slate.messaging.conversation.Side;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * One message from a team to everyone on a shortlist ("callbacks are Thursday; confirm by noon"):
 * each talent gets it in their own conversation about their submission, so nobody sees who else
 * was shortlisted and every answer comes back privately. Editors and owners only; how often is the
 * caller's limit to apply (the API rate-limits and audits it).
 */
@ApplicationScoped
public class ShortlistMessages {

    private final ConversationSubjects subjects;
    private final Membership membership;
    private final Conversations conversations;
    private final Messages messages;

    public ShortlistMessages(ConversationSubjects subjects, Membership membership, Conversations conversations, Messages messages) {
        this.subjects = subjects;
        this.membership = membership;
        this.conversations = conversations;
        this.messages = messages;
    }

    /** The conversations the message went into, in the shortlist's order. */
    public Uni<List<UUID>> send(Caller caller, UUID shortlistId, MessageRequest request) {
        String text = request.words();
        return subjects.shortlist(shortlistId).chain(found -> {
            if (found.isEmpty()) {
                throw ProblemException.notFound("No shortlist has this id.");
            }
            return membership.teamAccess(caller, found.get().projectId()).chain(access -> {
                if (access.isEmpty()) {
                    throw ProblemException.notFound("No shortlist has this id.");
                }
                if (!access.get().allows(Access.EDITOR)) {
                    throw ProblemException.forbidden("Viewers on a project's team read its conversations with talent; editors and owners write in them.");
                }
                UUID sender = UUID.fromString(caller.actingPerson());
                return messages.attachable(request.attachmentIds(), caller.userId())
                        .chain(() -> Multi.createFrom().iterable(found.get().submissionIds())
                                .onItem().transformToUniAndConcatenate(submission -> conversations
                                        .open(caller, new OpenRequest(submission, null, null, null, null))
                                        .call(opened -> messages.send(opened.conversation(), sender, Side.TEAM, text, request.attachmentIds()))
                                        .map(opened -> opened.conversation().id()))
                                .collect().asList());
            });
        });
    }
}
