package app.slate.media.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The storage an account holds, as its plan counts it: every asset not rejected (nor deleted), by its measured
 * size once known, and uploads whose URL may still be used, by their declared size (so that many
 * URLs asked for at once cannot overshoot the plan by much). Media checks it before signing an
 * upload; payments shows it in /billing/me.
 */
@ApplicationScoped
public class StorageUse {

    /** An upload URL lives at most five minutes; a minute more covers clocks and slow uploads. */
    public static final Duration UPLOAD_WINDOW = Duration.ofMinutes(6);

    private static final String HELD = """
            SELECT coalesce(sum(coalesce(size_bytes, declared_bytes)), 0) AS held FROM media_assets
            WHERE owner_id = $1 AND (status IN ('PROCESSING', 'READY', 'FAILED', 'TAKEN_DOWN') OR status = 'AWAITING_UPLOAD' AND created_at > $2)""";

    private final Pool database;

    public StorageUse(Pool database) {
        this.database = database;
    }

    public Uni<Long> heldBy(String ownerId) {
        return database.preparedQuery(HELD).execute(Tuple.of(ownerId, Instant.now().minus(UPLOAD_WINDOW).atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getLong("held"));
    }
}
