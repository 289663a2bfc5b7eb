package app.slate.identity.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Credentials(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "Credentials[" + email + "]";
    }
}
