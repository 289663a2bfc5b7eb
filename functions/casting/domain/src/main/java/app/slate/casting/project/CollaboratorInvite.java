package app.slate.casting.project;

import app.slate.casting.reads.Access;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Owners are not invited: a project has exactly one, its creator. */
public record CollaboratorInvite(@NotBlank @Email @Size(max = 254) String email, @NotNull Access access) {
}
