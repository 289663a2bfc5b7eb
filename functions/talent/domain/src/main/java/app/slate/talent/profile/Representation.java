package app.slate.talent.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The talent's agent or manager, whom casting contacts. */
public record Representation(
        @Size(max = 120) String agency,
        @Size(max = 120) String agentName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a phone number") String phone) {
}
