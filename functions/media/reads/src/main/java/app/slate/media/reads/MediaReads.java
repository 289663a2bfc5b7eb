package app.slate.media.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Media as other contexts may ask about it: whether an asset exists (a report of it is checked against that). */
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
}
