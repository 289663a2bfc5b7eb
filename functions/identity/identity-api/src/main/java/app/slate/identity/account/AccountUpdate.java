package app.slate.identity.account;

import jakarta.validation.constraints.Size;

/** {@code PATCH /me}: only the fields present change. A new password needs the current one. */
public record AccountUpdate(
        @Size(min = 1, max = 120) String displayName,
        @Size(max = 1024) String currentPassword,
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String newPassword) {
}
