package app.slate.identity.account;

import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A Slate account: the person who logs in, with their roles, and what is known about them. */
@Entity
@Table(name = "accounts")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Normalised (see {@link EmailAddress}); null once the account is deleted. */
    public String email;

    /** Argon2id in PHC form; null for accounts that log in only through the identity provider. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** Comma-separated roles: talent, casting, admin. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;

    @Column(name = "sessions_valid_after", nullable = false)
    public Instant sessionsValidAfter;

    @Column(name = "guardian_id")
    public UUID guardianId;

    @Column(name = "guardian_consent_at")
    public Instant guardianConsentAt;

    @Column(name = "guardian_consent_text")
    public String guardianConsentText;

    @Column(name = "external_id")
    public String externalId;

    /** The provider's own change time (ms) of the last applied webhook; older deliveries are stale. */
    @Column(name = "external_updated_at")
    public Long externalUpdatedAt;

    @Column(name = "national_id")
    public String nationalId;

    @Column(name = "national_id_verified_at")
    public Instant nationalIdVerifiedAt;

    @Column(name = "national_id_expires_at")
    public Instant nationalIdExpiresAt;

    @Column(name = "verification_transaction")
    public String verificationTransaction;

    /** The national ID a pending verification is for, as {@link #nationalIdDigest}; null when none is pending. */
    @Column(name = "verification_national_id_digest")
    public String verificationNationalIdDigest;

    @Column(name = "verification_started_at")
    public Instant verificationStartedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** The last day the person used Slate (see {@link Activity}); day precision on purpose. */
    @Column(name = "active_on")
    public LocalDate activeOn;

    /** Set while an admin has suspended (or banned) the account: no login, no token, nothing of it shown. */
    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    @Column(nullable = false)
    public boolean banned;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Account create(String email, String displayName, Set<String> roles) {
        Account account = new Account();
        Instant now = Instant.now();
        account.id = UUID.randomUUID();
        account.email = email;
        account.displayName = displayName;
        account.roles = String.join(",", roles);
        account.sessionsValidAfter = now;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    public static Uni<Account> findLive(UUID id) {
        return find("id = ?1 and deletedAt is null", id).firstResult();
    }

    /** The live account, or a 404 problem: what every "my account" operation starts from. */
    public static Uni<Account> requireLive(UUID id) {
        return findLive(id).onItem().ifNull().failWith(() -> ProblemException.notFound("This account no longer exists."));
    }

    /**
     * The caller's own live account. A valid token whose subject has no account (deleted, or never
     * made here) is not a missing object but a caller nobody can vouch for: 401, not 404.
     */
    public static Uni<Account> requireCaller(String subject) {
        return findLive(AccountIds.parse(subject)).onItem().ifNull()
                .failWith(() -> ProblemException.unauthorized("This account no longer exists; log in again."));
    }

    public static Uni<Account> findByEmail(String normalisedEmail) {
        return find("email = ?1 and deletedAt is null", normalisedEmail).firstResult();
    }

    public static Uni<Account> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }

    public Set<String> roleSet() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    /** A national-ID verification that has not yet expired. */
    public boolean isIdentityVerified(Instant now) {
        return nationalIdExpiresAt != null && nationalIdExpiresAt.isAfter(now);
    }

    /** A verification started at the provider for this national ID, waiting for its answer. */
    public void verificationStarted(String transactionId, String nationalId) {
        verificationTransaction = transactionId;
        verificationNationalIdDigest = nationalIdDigest(nationalId);
        verificationStartedAt = Instant.now();
        touch();
    }

    /** The pending verification got its answer (whatever it was): nothing is waiting any more. */
    public void verificationEnded() {
        verificationTransaction = null;
        verificationNationalIdDigest = null;
        verificationStartedAt = null;
        touch();
    }

    /** SHA-256 of this account's id and the national ID: compares a callback's ID without keeping the pending one. */
    public String nationalIdDigest(String nationalId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((id + ":" + nationalId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /** Suspends (or bans) the account and ends every session it has: tokens issued before now stop working. */
    public void suspend(String reason, boolean ban) {
        suspendedAt = Instant.now();
        suspensionReason = reason;
        banned = ban;
        endSessions();
    }

    public void reinstate() {
        suspendedAt = null;
        suspensionReason = null;
        banned = false;
        touch();
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Under {@code adultAge} on {@code today}: such an account is run by its guardian. */
    public boolean isMinor(LocalDate today, int adultAge) {
        return dateOfBirth != null && Period.between(dateOfBirth, today).getYears() < adultAge;
    }

    /** Ends every session: refresh tokens issued before now stop working. */
    public void endSessions() {
        sessionsValidAfter = Instant.now();
        touch();
    }

    /** Soft delete: the row stays for the ids that point at it; what identifies the person goes. */
    public void markDeleted() {
        Instant now = Instant.now();
        deletedAt = now;
        email = null;
        passwordHash = null;
        externalId = null;
        nationalId = null;
        endSessions();
    }

    public void touch() {
        updatedAt = Instant.now();
    }
}
