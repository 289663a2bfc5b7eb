package app.slate.platform.auth;

import java.util.Optional;
import java.util.UUID;

/**
 * An object's owner as an account id. Owners are account ids, except the local cloud's generated
 * demo talent ("demo-talent-0034"), which belong to no account: they are nobody to audit or tell.
 */
public final class OwnerIds {

    private OwnerIds() {
    }

    public static Optional<UUID> account(String ownerId) {
        if (ownerId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ownerId));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
