package app.slate.matching.source;

import app.slate.casting.reads.Access;
import app.slate.casting.reads.RoleReads;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.auth.Caller;
import app.slate.talent.reads.TalentReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Profiles and roles as matching sees them, read through what talent and casting publish
 * ({@link TalentReads}, {@link RoleReads}). The current row is always what gets embedded, so an
 * event only says what changed, never carries the state.
 */
@ApplicationScoped
public class MatchSources {

    /** A profile, whether published, and the portfolio item of its primary headshot. */
    public record Profile(TalentFeatures features, boolean published, String headshotItemId) {
    }

    /** A role, and the caller's access to its project (empty when not on the team). */
    public record Role(RoleFeatures features, String status, Optional<Access> callerAccess) {
        public boolean callerOnTeam() {
            return callerAccess.isPresent();
        }
    }

    private final TalentReads talent;
    private final RoleReads roles;

    public MatchSources(TalentReads talent, RoleReads roles) {
        this.talent = talent;
        this.roles = roles;
    }

    public Uni<Profile> profile(UUID id) {
        return talent.byId(id).map(MatchSources::profile);
    }

    public Uni<Profile> profileOfOwner(String ownerId) {
        return talent.ofOwner(ownerId).map(MatchSources::profile);
    }

    /** The role as the indexer sees it (nobody's team), or null. */
    public Uni<Role> role(UUID id) {
        return roles.role(id).map(MatchSources::role);
    }

    /** The role, with the caller's place on its team, or null. */
    public Uni<Role> role(UUID id, Caller caller) {
        return roles.role(id, caller).map(MatchSources::role);
    }

    /** Published profile ids after {@code after}, in id order: one page of a reindex. */
    public Uni<List<UUID>> publishedProfiles(UUID after, int limit) {
        return talent.publishedAfter(after, limit);
    }

    /** Role ids after {@code after}: the index keeps only listed ones, the worker decides per role. */
    public Uni<List<UUID>> roles(UUID after, int limit) {
        return roles.idsAfter(after, limit);
    }

    private static Profile profile(TalentReads.Talent found) {
        if (found == null) {
            return null;
        }
        return new Profile(TalentFeatures.of(found.id().toString(), found.ownerId(), found.version(), found.details()), found.published(),
                found.headshotItemId() == null ? null : found.headshotItemId().toString());
    }

    private static Role role(RoleReads.Role found) {
        if (found == null) {
            return null;
        }
        return new Role(RoleFeatures.of(found.id().toString(), found.projectId().toString(), found.version(), found.listed(),
                found.deadline(), found.publicProjectTitle(), found.projectType(), found.details()), found.status(), found.callerAccess());
    }
}
