package app.slate.trust.moderation;

import app.slate.platform.input.Prose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How moderators close a case: DISMISSED (no breach) or ACTIONED (they took the role down,
 * suspended the account... through those routes), with a note for the record.
 */
public record Decision(@NotNull @Pattern(regexp = "DISMISSED|ACTIONED", message = "must be DISMISSED or ACTIONED") String outcome,
                       @NotBlank @Prose @Size(max = 1000) String note) {
}
