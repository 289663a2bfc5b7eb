package app.slate.identity.account;

import jakarta.validation.constraints.Size;

/** {@code PATCH /me}: only the fields present change. A new password needs the current one. */
public record AccountUpdate(
        @Size(min = 1, max = 120) String displayName,
        String currentPassword,
        String newPassword) {
}
