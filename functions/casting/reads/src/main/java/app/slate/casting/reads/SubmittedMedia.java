package app.slate.casting.reads;

import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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

    /** The live submissions that cite an asset: as a sent self-tape, or through a portfolio item showing it. */
    private static final String CITING = """
            SELECT s.id, r.name, 'a self-tape' AS cited_as
            FROM self_tape_requests st JOIN submissions s ON s.id = st.submission_id JOIN casting_roles r ON r.id = s.role_id
            WHERE st.tape_asset_id = $1 AND s.status NOT IN ('WITHDRAWN', 'DECLINED')
            UNION ALL
            SELECT s.id, r.name, 'a portfolio item'
            FROM submissions s JOIN casting_roles r ON r.id = s.role_id
            WHERE s.status NOT IN ('WITHDRAWN', 'DECLINED')
              AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(s.portfolio_item_ids -> 'itemIds') cited
                          JOIN unnest($2::uuid[], $3::uuid[]) AS shown(item_id, profile_id) ON shown.item_id::text = cited
                          WHERE shown.profile_id = s.talent_profile_id)
            ORDER BY 2, 1""";

    /** A live submission that cites an asset, named for its talent: the role, and how the asset is in it. */
    public record Citation(UUID submissionId, String roleName, String citedAs) {
    }

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

    /** The live (not withdrawn, not declined) submissions citing {@code assetId}, itself or as one of {@code itemsShowingIt}. */
    public Uni<List<Citation>> citing(UUID assetId, Map<UUID, UUID> itemsShowingIt) {
        UUID[] items = itemsShowingIt.keySet().toArray(UUID[]::new);
        UUID[] profiles = itemsShowingIt.keySet().stream().map(itemsShowingIt::get).toArray(UUID[]::new);
        return database.preparedQuery(CITING).execute(Tuple.of(assetId, items, profiles)).map(rows -> {
            List<Citation> citations = new ArrayList<>();
            rows.forEach(row -> citations.add(new Citation(row.getUUID("id"), row.getString("name"), row.getString("cited_as"))));
            return citations;
        });
    }
}
