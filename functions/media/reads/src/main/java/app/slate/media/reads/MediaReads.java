package app.slate.media.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Media as other contexts may ask about it: whether an asset exists (a report of it is checked
 * against that), and which of some assets are ready and someone's own (what they may attach to a message).
 */
@ApplicationScoped
public class MediaReads {

    private final Pool database;

    public MediaReads(Pool database) {
        this.database = database;
    }

    public Uni<Boolean> exists(UUID assetId) {
        return database.preparedQuery("SELECT 1 FROM media_assets WHERE id = $1 AND status <> 'DELETED'").execute(Tuple.of(assetId))
                .map(rows -> rows.size() > 0);
    }

    /** Those of {@code assetIds} that {@code ownerId} owns and that are ready to play. */
    public Uni<Set<UUID>> readyOwnedBy(Collection<UUID> assetIds, String ownerId) {
        return database.preparedQuery("SELECT id FROM media_assets WHERE id = ANY($1) AND owner_id = $2 AND status = 'READY'")
                .execute(Tuple.of(assetIds.toArray(UUID[]::new), ownerId)).map(rows -> {
                    Set<UUID> ready = new HashSet<>();
                    rows.forEach(row -> ready.add(row.getUUID("id")));
                    return ready;
                });
    }
}
