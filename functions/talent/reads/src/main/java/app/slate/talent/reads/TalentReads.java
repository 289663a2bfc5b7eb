package app.slate.talent.reads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Profiles and portfolio items as the other contexts may read them: casting (who submits, whose
 * items they cite, names on the team's pages), matching (what gets embedded) and media (which items
 * show an asset). Talent owns and writes these tables; this is the only way in from outside.
 * Read-only, and usable inside or outside a Hibernate session (it runs on the same pool).
 */
@ApplicationScoped
public class TalentReads {

    /** A profile as others see it, with the portfolio item of its primary headshot. */
    public record Talent(UUID id, String ownerId, String displayName, long version, boolean published, JsonNode details,
                         UUID headshotItemId) {
    }

    /** A portfolio item that shows a media asset, and whether its profile is public. */
    public record ItemShowing(UUID itemId, UUID profileId, boolean profilePublished) {
    }

    private static final String PROFILE = """
            SELECT p.id, p.owner_id, p.display_name, p.version, p.published, p.details::text AS details,
                   (SELECT i.id FROM portfolio_items i WHERE i.profile_id = p.id AND i.is_primary) AS headshot
            FROM talent_profiles p WHERE %s""";
    private static final String OWNED_ITEMS = "SELECT count(*) AS owned FROM portfolio_items WHERE profile_id = $1 AND id = ANY($2)";
    private static final String PUBLISHED = "SELECT id FROM talent_profiles WHERE published AND id > $1 ORDER BY id LIMIT $2";
    private static final String SHOWING = """
            SELECT i.id, i.profile_id, p.published FROM portfolio_items i JOIN talent_profiles p ON p.id = i.profile_id
            WHERE i.media_asset_id = $1""";

    private static final String MINOR = """
            SELECT date_of_birth + make_interval(years => $2) > current_date AS minor FROM talent_profiles WHERE owner_id = $1""";

    private final Pool database;
    private final ObjectMapper json;

    public TalentReads(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The profile, or null. */
    public Uni<Talent> byId(UUID id) {
        return database.preparedQuery(PROFILE.formatted("p.id = $1")).execute(Tuple.of(id)).map(this::first);
    }

    /** The profile of an account, or null when it has none. */
    public Uni<Talent> ofOwner(String ownerId) {
        return database.preparedQuery(PROFILE.formatted("p.owner_id = $1")).execute(Tuple.of(ownerId)).map(this::first);
    }

    /** Whether the account's profile says they are under {@code adultAge} today (false without a profile). */
    public Uni<Boolean> isMinor(String ownerId, int adultAge) {
        return database.preparedQuery(MINOR).execute(Tuple.of(ownerId, adultAge))
                .map(rows -> rows.size() > 0 && Boolean.TRUE.equals(rows.iterator().next().getBoolean("minor")));
    }

    /** The profiles among {@code ids} that exist, by id. */
    public Uni<Map<UUID, Talent>> byIds(Collection<UUID> ids) {
        return database.preparedQuery(PROFILE.formatted("p.id = ANY($1)")).execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, Talent> found = new LinkedHashMap<>();
            rows.forEach(row -> found.put(row.getUUID("id"), talent(row)));
            return found;
        });
    }

    /** How many of {@code itemIds} are items of this profile's portfolio. */
    public Uni<Long> countItemsOf(UUID profileId, Collection<UUID> itemIds) {
        return database.preparedQuery(OWNED_ITEMS).execute(Tuple.of(profileId, itemIds.toArray(UUID[]::new)))
                .map(rows -> rows.iterator().next().getLong("owned"));
    }

    /** Published profile ids after {@code after}, in id order: one page of a reindex. */
    public Uni<List<UUID>> publishedAfter(UUID after, int limit) {
        return database.preparedQuery(PUBLISHED).execute(Tuple.of(after, limit)).map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.getUUID("id")));
            return ids;
        });
    }

    /** The portfolio items that show a media asset. */
    public Uni<List<ItemShowing>> itemsShowing(UUID assetId) {
        return database.preparedQuery(SHOWING).execute(Tuple.of(assetId)).map(rows -> {
            List<ItemShowing> items = new ArrayList<>();
            rows.forEach(row -> items.add(new ItemShowing(row.getUUID("id"), row.getUUID("profile_id"), row.getBoolean("published"))));
            return items;
        });
    }

    private Talent first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : talent(rows.iterator().next());
    }

    private Talent talent(Row row) {
        return new Talent(row.getUUID("id"), row.getString("owner_id"), row.getString("display_name"), row.getLong("version"),
                row.getBoolean("published"), details(row.getString("details")), row.getUUID("headshot"));
    }

    private JsonNode details(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile details are not JSON", e);
        }
    }
}
