package app.slate.media.api.playback;

import app.slate.media.MediaAsset;
import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who may play an asset: its owner and admins; anyone, when it is an item of a published
 * profile's portfolio; and the casting team (owner or accepted collaborator) of a project it
 * was submitted to, as a portfolio item cited by a live submission or as a self-tape.
 */
@ApplicationScoped
public class PlaybackAccess {

    private static final String SHARED_WITH = """
            SELECT EXISTS (SELECT 1 FROM portfolio_items pi JOIN talent_profiles tp ON tp.id = pi.profile_id
                           WHERE pi.media_asset_id = $1 AND tp.published) AS public_item,
                   $2::varchar IS NOT NULL AND EXISTS (
                       SELECT 1 FROM submissions s
                       JOIN casting_roles r ON r.id = s.role_id
                       JOIN projects p ON p.id = r.project_id
                       WHERE s.status <> 'WITHDRAWN'
                         AND (p.owner_id = $2 OR EXISTS (SELECT 1 FROM project_collaborators c WHERE c.project_id = p.id
                                                         AND c.account_id = $2 AND c.accepted_at IS NOT NULL))
                         AND (EXISTS (SELECT 1 FROM self_tape_requests st WHERE st.submission_id = s.id AND st.tape_asset_id = $1)
                              OR EXISTS (SELECT 1 FROM portfolio_items pi WHERE pi.media_asset_id = $1
                                         AND pi.profile_id = s.talent_profile_id
                                         AND s.portfolio_item_ids -> 'itemIds' @> to_jsonb(pi.id::text)))) AS casting_team""";

    private final Pool database;

    public PlaybackAccess(Pool database) {
        this.database = database;
    }

    public Uni<Boolean> mayPlay(MediaAsset asset, Optional<Caller> viewer) {
        if (viewer.isPresent() && viewer.get().mayReach(asset.ownerId)) {
            return Uni.createFrom().item(true);
        }
        String viewerId = viewer.map(Caller::userId).orElse(null);
        return database.preparedQuery(SHARED_WITH).execute(Tuple.of(asset.id, viewerId))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return row.getBoolean("public_item") || row.getBoolean("casting_team");
                });
    }
}
