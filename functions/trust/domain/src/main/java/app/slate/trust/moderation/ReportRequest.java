package app.slate.trust.moderation;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A report: what (kind and id), why, and in the reporter's words what they saw. */
public record ReportRequest(@NotNull SubjectKind kind, @NotNull UUID id, @NotNull ReportReason reason,
                            @Prose @Size(max = 2000) String details) {
}
