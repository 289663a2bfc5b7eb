package app.slate.identity.account;

import app.slate.platform.http.idempotency.Secret;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person signing up. Admins are never self-registered: only seeded or created by an admin. */
public record Registration(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Secret @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull @Pattern(regexp = "talent|casting", message = "must be talent or casting") String role,
        @NotNull @Past LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "Registration[" + email + ", " + role + "]";
    }
}
