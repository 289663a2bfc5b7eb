package app.slate.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Whom an erasure or an export is about, with the identifiers each context finds them by: the
 * account (a token's subject), its email, and the talent profile when there is one.
 * {@code tombstone} is what an anonymised line gets in place of the person's id: new for each
 * erasure, so two people erased from one project never read as one, and it leads to nobody.
 * {@code mediaIds} are the person's media assets, which other contexts' rows may cite; {@code otherIds}
 * name further things of theirs that a free-form store may mention (their exports).
 */
public record Person(UUID accountId, String email, UUID profileId, List<UUID> mediaIds, List<UUID> otherIds, String tombstone) {

    public String subject() {
        return accountId.toString();
    }

    /** The tombstone where a column holds a uuid. */
    public UUID tombstoneId() {
        return UUID.nameUUIDFromBytes(tombstone.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public UUID[] media() {
        return mediaIds.toArray(UUID[]::new);
    }

    /** Every string that, found in a free-form store (a key, a payload, an inbox item), points at the person. */
    public List<String> traces() {
        List<String> traces = new ArrayList<>(List.of(subject()));
        if (email != null) {
            traces.add(email);
        }
        if (profileId != null) {
            traces.add(profileId.toString());
        }
        mediaIds.forEach(id -> traces.add(id.toString()));
        otherIds.forEach(id -> traces.add(id.toString()));
        return traces;
    }

    public static String newTombstone() {
        return "erased-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
