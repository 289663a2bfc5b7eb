package app.slate.identity.account;

import app.slate.platform.http.idempotency.Secret;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** An account an admin creates, which may hold any role, admin included. */
public record AdminAccount(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Secret @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
        @NotBlank @Size(max = 120) String displayName,
        @NotEmpty Set<@Pattern(regexp = "talent|casting|admin", message = "must be talent, casting or admin") String> roles,
        @Past LocalDate dateOfBirth) {

    @Override
    public String toString() {
        return "AdminAccount[" + email + ", " + roles + "]";
    }
}
