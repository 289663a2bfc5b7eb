package app.slate.messaging.message;

import app.slate.platform.problem.ProblemException;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A message: words, media the sender owns (ready to play), or both. */
public record MessageRequest(@Size(max = 4000) String text, @Size(max = 10) List<UUID> attachments) {

    /** The words, trimmed; null when there are none. 400 naming {@code text} when there is nothing to send at all. */
    public String words() {
        boolean none = text == null || text.isBlank();
        if (none && attachmentIds().isEmpty()) {
            throw ProblemException.invalid("text", "A message needs words, an attachment, or both.");
        }
        return none ? null : text.strip();
    }

    public List<UUID> attachmentIds() {
        return attachments == null ? List.of() : attachments.stream().distinct().toList();
    }
}
