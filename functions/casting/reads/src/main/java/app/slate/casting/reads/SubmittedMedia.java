package app.slate.casting.reads;

import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Where talent's media went in casting: a self-tape, or a portfolio item cited by a submission.
 * Media asks it whether a casting team may play an asset; how a submission stores its citations
 * stays casting's business.
 */
@ApplicationScoped
public class SubmittedMedia {

    /** The projects an asset was submitted to by a live submission, with the caller's place on each team. */
    private static final String PROJECTS = """
            SELECT DISTINCT p.id, %s
            FROM submissions s JOIN casting_roles r ON r.id = s.role_id JOIN projects p ON p.id = r.project_id
            WHERE s.status <> 'WITHDRAWN'
              AND (EXISTS (SELECT 1 FROM self_tape_requests st WHERE st.submission_id = s.id AND st.tape_asset_id = $1)
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(s.portfolio_item_ids -> 'itemIds') cited
                              JOIN unnest($3::uuid[], $4::uuid[]) AS shown(item_id, profile_id) ON shown.item_id::text = cited
                              WHERE shown.profile_id = s.talent_profile_id))""".formatted(TeamAccess.MEMBERSHIP_COLUMNS);

    private final Pool database;

    public SubmittedMedia(Pool database) {
        this.database = database;
    }

    /**
     * Whether the caller is on the team of a project that {@code assetId} was submitted to, as a
     * self-tape or as one of {@code itemsShowingIt} (portfolio item id to its profile id).
     */
    public Uni<Boolean> teamMayPlay(Caller caller, UUID assetId, Map<UUID, UUID> itemsShowingIt) {
        UUID[] items = itemsShowingIt.keySet().toArray(UUID[]::new);
        UUID[] profiles = itemsShowingIt.keySet().stream().map(itemsShowingIt::get).toArray(UUID[]::new);
        return database.preparedQuery(PROJECTS).execute(Tuple.of(assetId, caller.userId(), items, profiles)).map(rows -> {
            for (var row : rows) {
                if (TeamAccess.decide(row, caller).isPresent()) {
                    return true;
                }
            }
            return false;
        });
    }
}
