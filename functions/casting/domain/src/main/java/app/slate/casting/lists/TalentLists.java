package app.slate.casting.lists;

import app.slate.casting.lists.ListAccess.TeamPlace;
import app.slate.casting.lists.TalentListRequests.ListChange;
import app.slate.casting.lists.TalentListRequests.NewList;
import app.slate.casting.lists.TalentListView.ListedTalent;
import app.slate.casting.reads.Access;
import app.slate.casting.reads.TeamAccess;
import app.slate.casting.role.RoleService;
import app.slate.identity.reads.Suspensions;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Talent lists (owner of {@code talent_lists}, {@code talent_list_projects}, {@code talent_list_entries}):
 * a casting director's saved talent, kept across projects, shared with the teams of projects they
 * cast, reused by inviting the whole list to any role (see {@link ListAccess} for who may do what).
 */
@ApplicationScoped
public class TalentLists {

    static final int MAX_TALENT = 250;
    static final int MAX_LISTS = 200;
    /** Invitations go in the invitation route's own batches. */
    static final int INVITATION_BATCH = 100;

    private static final String LIST = """
            SELECT l.id, l.owner_id, l.name, l.created_at, l.updated_at,
                   (SELECT count(*) FROM talent_list_entries e WHERE e.list_id = l.id) AS size,
                   ARRAY(SELECT tp.project_id FROM talent_list_projects tp WHERE tp.list_id = l.id ORDER BY tp.project_id) AS project_ids,
                   (SELECT coalesce(max(CASE WHEN p.owner_id = $2 OR c.access IN ('OWNER', 'EDITOR') THEN 2
                                             WHEN c.access = 'VIEWER' THEN 1 ELSE 0 END), 0)
                      FROM talent_list_projects tp JOIN projects p ON p.id = tp.project_id
                      LEFT JOIN project_collaborators c ON c.project_id = p.id AND c.account_id = $2 AND c.accepted_at IS NOT NULL
                     WHERE tp.list_id = l.id) AS team_place
              FROM talent_lists l""";
    private static final String ONE = LIST + " WHERE l.id = $1";
    /** The lists the caller owns or reaches through a team, newest first. */
    private static final String MINE = "SELECT * FROM (" + LIST.replace("$2", "$1") + ") l WHERE l.owner_id = $1 OR l.team_place > 0 "
            + "ORDER BY l.created_at DESC LIMIT " + MAX_LISTS;
    private static final String ENTRIES = """
            SELECT profile_id, note, added_at FROM talent_list_entries WHERE list_id = $1 ORDER BY added_at, profile_id""";

    private final Pool database;
    private final TeamAccess teams;
    private final TalentReads talent;
    private final Suspensions suspensions;
    private final RoleService roles;

    public TalentLists(Pool database, TeamAccess teams, TalentReads talent, Suspensions suspensions, RoleService roles) {
        this.database = database;
        this.teams = teams;
        this.talent = talent;
        this.suspensions = suspensions;
        this.roles = roles;
    }

    public Uni<TalentListView> create(Caller caller, NewList request) {
        List<UUID> projects = request.projectIds() == null ? List.of() : request.projectIds();
        UUID id = UUID.randomUUID();
        return editedBy(caller, projects)
                .chain(() -> database.preparedQuery("SELECT count(*) AS n FROM talent_lists WHERE owner_id = $1").execute(Tuple.of(caller.userId())))
                .invoke(rows -> {
                    if (rows.iterator().next().getLong("n") >= MAX_LISTS) {
                        throw ProblemException.conflict("You keep " + MAX_LISTS + " talent lists already; delete one first.");
                    }
                })
                .chain(() -> database.withTransaction(tx -> tx.preparedQuery("""
                                INSERT INTO talent_lists (id, owner_id, name, created_at, updated_at) VALUES ($1, $2, $3, now(), now())""")
                        .execute(Tuple.of(id, caller.userId(), request.name().strip()))
                        .chain(() -> share(tx, id, projects))))
                .chain(() -> view(caller, id));
    }

    /** The caller's lists and those shared with their teams, without their talent (counted). */
    public Uni<List<TalentListView>> mine(Caller caller) {
        return database.preparedQuery(MINE).execute(Tuple.of(caller.userId())).map(rows -> {
            List<TalentListView> lists = new ArrayList<>();
            rows.forEach(row -> lists.add(summary(row, caller, List.of())));
            return lists;
        });
    }

    public Uni<TalentListView> view(Caller caller, UUID id) {
        return require(caller, id, Access.VIEWER).chain(row -> shown(id).map(talent -> summary(row, caller, talent)));
    }

    /** Renames or re-shares; the owner's alone. */
    public Uni<TalentListView> change(Caller caller, UUID id, ListChange change) {
        return require(caller, id, Access.OWNER)
                .call(() -> change.projectIds() == null ? Uni.createFrom().voidItem() : editedBy(caller, change.projectIds()))
                .chain(() -> database.withTransaction(tx -> tx.preparedQuery(
                                "UPDATE talent_lists SET name = coalesce($2, name), updated_at = now() WHERE id = $1")
                        .execute(Tuple.of(id, change.name() == null ? null : change.name().strip()))
                        .chain(() -> change.projectIds() == null ? Uni.createFrom().voidItem()
                                : tx.preparedQuery("DELETE FROM talent_list_projects WHERE list_id = $1").execute(Tuple.of(id))
                                        .chain(() -> share(tx, id, change.projectIds())))))
                .chain(() -> view(caller, id));
    }

    public Uni<Void> delete(Caller caller, UUID id) {
        return require(caller, id, Access.OWNER)
                .chain(() -> database.preparedQuery("DELETE FROM talent_lists WHERE id = $1").execute(Tuple.of(id))).replaceWithVoid();
    }

    /** Puts a published profile on the list, or changes its note; putting it twice changes nothing else. */
    public Uni<TalentListView> put(Caller caller, UUID id, UUID profileId, String note) {
        return require(caller, id, Access.EDITOR)
                .call(() -> talent.byId(profileId).invoke(found -> {
                    if (found == null || !found.published()) {
                        throw ProblemException.notFound("No published talent profile has this id.");
                    }
                }))
                .chain(row -> row.getLong("size") >= MAX_TALENT
                        ? database.preparedQuery("SELECT 1 FROM talent_list_entries WHERE list_id = $1 AND profile_id = $2")
                                .execute(Tuple.of(id, profileId)).invoke(rows -> {
                                    if (rows.size() == 0) {
                                        throw ProblemException.conflict("A talent list holds at most " + MAX_TALENT + " talent.");
                                    }
                                })
                        : Uni.createFrom().item(row))
                .chain(() -> database.withTransaction(tx -> tx.preparedQuery("""
                                INSERT INTO talent_list_entries (list_id, profile_id, note, added_by, added_at) VALUES ($1, $2, $3, $4, now())
                                ON CONFLICT (list_id, profile_id) DO UPDATE SET note = excluded.note""")
                        .execute(Tuple.of(id, profileId, blankIsNull(note), caller.userId()))
                        .chain(() -> touched(tx, id))))
                .chain(() -> view(caller, id));
    }

    public Uni<Void> remove(Caller caller, UUID id, UUID profileId) {
        return require(caller, id, Access.EDITOR)
                .chain(() -> database.withTransaction(tx -> tx.preparedQuery("DELETE FROM talent_list_entries WHERE list_id = $1 AND profile_id = $2")
                        .execute(Tuple.of(id, profileId)).chain(() -> touched(tx, id))));
    }

    /**
     * Invites every talent shown on the list to a role (the caller must edit the role's project,
     * checked by the invitation itself); those invited before are left as they are. Returns the
     * profiles newly invited.
     */
    public Uni<List<UUID>> invite(Caller caller, UUID id, UUID roleId) {
        return require(caller, id, Access.VIEWER).chain(() -> shown(id)).chain(shown -> {
            List<UUID> profiles = shown.stream().map(ListedTalent::profileId).toList();
            List<List<UUID>> batches = new ArrayList<>();
            for (int from = 0; from < profiles.size(); from += INVITATION_BATCH) {
                batches.add(profiles.subList(from, Math.min(profiles.size(), from + INVITATION_BATCH)));
            }
            return Multi.createFrom().iterable(batches).onItem().transformToUniAndConcatenate(batch -> roles.invite(caller, roleId, batch))
                    .collect().asList().map(invited -> invited.stream().flatMap(List::stream).toList());
        });
    }

    /** The list's row if the caller has at least {@code needed}; 404 to anyone who may not see it, 403 to members short of it. */
    private Uni<Row> require(Caller caller, UUID id, Access needed) {
        return database.preparedQuery(ONE).execute(Tuple.of(id, caller.userId())).map(rows -> {
            Access access = rows.size() == 0 ? null : access(rows.iterator().next(), caller);
            if (access == null) {
                throw ProblemException.notFound("No talent list with this id is shared with you.");
            }
            if (!access.allows(needed)) {
                throw ProblemException.forbidden(needed == Access.OWNER ? "Only the list's owner may rename, share or delete it."
                        : "Viewers read a shared list; its owner and the editors of its projects change it.");
            }
            return rows.iterator().next();
        });
    }

    private static Access access(Row row, Caller caller) {
        int place = row.getInteger("team_place");
        return ListAccess.decide(row.getString("owner_id"), caller.userId(),
                place >= 2 ? TeamPlace.EDITOR : place == 1 ? TeamPlace.VIEWER : TeamPlace.NONE).orElse(null);
    }

    /** The caller must edit every project they share a list with: a list cannot be pushed onto a team they do not cast for. */
    private Uni<Void> editedBy(Caller caller, List<UUID> projects) {
        return Multi.createFrom().range(0, projects.size()).onItem()
                .transformToUniAndConcatenate(i -> teams.of(caller, projects.get(i)).map(access ->
                        access.filter(a -> a.allows(Access.EDITOR)).isPresent() ? null
                                : new FieldError("projectIds[" + i + "]", "is not a project whose team you edit")))
                .filter(error -> error != null).collect().asList()
                .invoke(errors -> {
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors);
                    }
                }).replaceWithVoid();
    }

    private static Uni<Void> share(SqlConnection tx, UUID id, List<UUID> projects) {
        if (projects.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("INSERT INTO talent_list_projects (list_id, project_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(id, projects.stream().distinct().toArray(UUID[]::new))).replaceWithVoid();
    }

    private static Uni<Void> touched(SqlConnection tx, UUID id) {
        return tx.preparedQuery("UPDATE talent_lists SET updated_at = now() WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    /** The list's talent whose profiles are published and whose owners are shown. */
    private Uni<List<ListedTalent>> shown(UUID id) {
        return database.preparedQuery(ENTRIES).execute(Tuple.of(id)).chain(rows -> {
            List<Row> entries = new ArrayList<>();
            rows.forEach(entries::add);
            if (entries.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            return Uni.combine().all().unis(talent.byIds(entries.stream().map(r -> r.getUUID("profile_id")).toList()), suspensions.current())
                    .with((Map<UUID, TalentReads.Talent> profiles, Set<String> hidden) -> entries.stream()
                            .filter(r -> {
                                TalentReads.Talent t = profiles.get(r.getUUID("profile_id"));
                                return t != null && t.published() && !hidden.contains(t.ownerId());
                            })
                            .map(r -> new ListedTalent(r.getUUID("profile_id"), profiles.get(r.getUUID("profile_id")).displayName(),
                                    r.getString("note"), instant(r, "added_at")))
                            .toList());
        });
    }

    private static TalentListView summary(Row row, Caller caller, List<ListedTalent> talent) {
        List<UUID> projects = List.of(row.getArrayOfUUIDs("project_ids"));
        return new TalentListView(row.getUUID("id"), row.getString("name"), row.getString("owner_id").equals(caller.userId()),
                access(row, caller), projects, row.getLong("size").intValue(), talent, instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }

    private static String blankIsNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
