package app.slate.messaging.conversation;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What to open a conversation about: a submission; an invitation (the role, and for the team the
 * invited talent); or a project, for a team thread named by {@code title}. Exactly one of
 * {@code submissionId}, {@code roleId} and {@code projectId}.
 */
public record OpenRequest(UUID submissionId, UUID roleId, UUID talentId, UUID projectId, @Size(max = 200) String title) {
}
