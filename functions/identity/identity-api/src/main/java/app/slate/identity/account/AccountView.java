package app.slate.identity.account;

import app.slate.identity.account.Account;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What an account owner (or their guardian, or an admin) sees of it. Never the password hash. */
public record AccountView(UUID id, String email, String displayName, Set<String> roles, LocalDate dateOfBirth,
                          boolean emailVerified, boolean identityVerified, UUID guardianId, Instant createdAt, boolean suspended) {

    public static AccountView of(Account account) {
        return new AccountView(account.id, account.email, account.displayName, account.roleSet(), account.dateOfBirth,
                account.emailVerifiedAt != null, account.isIdentityVerified(Instant.now()), account.guardianId, account.createdAt,
                account.isSuspended());
    }
}
