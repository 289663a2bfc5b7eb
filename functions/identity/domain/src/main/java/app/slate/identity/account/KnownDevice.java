package app.slate.identity.account;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A device an account has logged in from: its id is derived from the account and the browser's
 * User-Agent, so the same browser is the same row and nothing about it is kept in the clear.
 */
@Entity
@Table(name = "account_devices")
public class KnownDevice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "first_seen", nullable = false)
    public Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    public Instant lastSeen;

    public static UUID idOf(UUID accountId, String userAgent) {
        String device = accountId + "\n" + (userAgent == null ? "" : userAgent);
        return UUID.nameUUIDFromBytes(device.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records a login from this device: true when the account had logged in before, but never from it
     * (the very first login is not a new device, it is the account's first).
     */
    public static Uni<Boolean> loggedIn(UUID accountId, String userAgent) {
        UUID id = idOf(accountId, userAgent);
        Instant now = Instant.now();
        return KnownDevice.<KnownDevice>findById(id).chain(known -> {
            if (known != null) {
                known.lastSeen = now;
                return Uni.createFrom().item(false);
            }
            KnownDevice device = new KnownDevice();
            device.id = id;
            device.accountId = accountId;
            device.firstSeen = now;
            device.lastSeen = now;
            return count("accountId", accountId).chain(others -> device.persist().replaceWith(others > 0));
        });
    }
}
