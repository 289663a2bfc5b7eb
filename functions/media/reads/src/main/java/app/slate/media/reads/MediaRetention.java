package app.slate.media.reads;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Uploads that will never be shown: rejected (quarantined) and failed ones after
 * {@code slate.media.retention.rejected} (30 days: long enough for the owner to read why and for a
 * moderator to look), deleted ones' rows after the same, and uploads never made (their link long
 * expired) after {@code slate.media.retention.abandoned} (a day). Their objects go first, then the
 * row; an asset another record still cites (a self-tape) stays until that record lets go.
 */
@ApplicationScoped
public class MediaRetention implements RetentionRule {

    private static final Logger LOG = Logger.getLogger(MediaRetention.class);
    private static final String EXPIRED = """
            SELECT id FROM media_assets
             WHERE (status IN ('REJECTED', 'FAILED', 'DELETED') AND updated_at < $1) OR (status = 'AWAITING_UPLOAD' AND created_at < $2)
             ORDER BY updated_at LIMIT 200""";

    private final Pool database;
    private final MediaObjects objects;
    private final Duration rejected;
    private final Duration abandoned;

    public MediaRetention(Pool database, MediaObjects objects,
                          @ConfigProperty(name = "slate.media.retention.rejected", defaultValue = "P30D") Duration rejected,
                          @ConfigProperty(name = "slate.media.retention.abandoned", defaultValue = "P1D") Duration abandoned) {
        this.database = database;
        this.objects = objects;
        this.rejected = rejected;
        this.abandoned = abandoned;
    }

    @Override
    public String dataClass() {
        return "quarantined, failed, deleted and abandoned uploads";
    }

    @Override
    public long prune(Instant now) {
        List<UUID> expired = new ArrayList<>();
        database.preparedQuery(EXPIRED).execute(Tuple.of(now.minus(rejected).atOffset(ZoneOffset.UTC), now.minus(abandoned).atOffset(ZoneOffset.UTC)))
                .await().atMost(Await.LIMIT).forEach(row -> expired.add(row.getUUID("id")));
        long removed = 0;
        for (UUID asset : expired) {
            objects.delete(asset);
            try {
                removed += database.withTransaction(connection -> connection
                        .preparedQuery("UPDATE media_assets SET duplicate_of = NULL WHERE duplicate_of = $1").execute(Tuple.of(asset))
                        .chain(() -> connection.preparedQuery("DELETE FROM media_assets WHERE id = $1").execute(Tuple.of(asset))))
                        .await().atMost(Await.LIMIT).rowCount();
            } catch (io.vertx.pgclient.PgException cited) {
                if (!"23503".equals(cited.getSqlState())) {
                    throw cited;
                }
                LOG.debugf("media %s is still cited; its row stays", asset);
            }
        }
        return removed;
    }
}
