package app.slate.identity.guardian;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A guardian adding a minor. {@code consent} is the guardian's agreement to the terms for minors
 * (media of the minor, contact by casting) in the version they were shown.
 */
public record MinorRegistration(
        @NotBlank @Size(max = 120) String displayName,
        @NotNull @Past LocalDate dateOfBirth,
        @AssertTrue(message = "must be true: a guardian's consent is required") boolean consent,
        @NotBlank @Size(max = 64) String consentVersion) {
}
