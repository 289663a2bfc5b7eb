package app.slate.casting.reads;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.auth.Caller;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The team rule and the listing rules, without a database: every context that shows a team or talent something uses these. */
class TeamAccessTest {

    private static final String OWNER = "owner-1";
    private static final Caller OWNER_CALLER = new Caller(OWNER, Set.of("casting"));
    private static final Caller STRANGER = new Caller("stranger-1", Set.of("casting"));
    private static final Caller ADMIN = new Caller("admin-1", Set.of("admin"));

    @Test
    void theOwner_runsTheTeam_whateverElseIsTrue() {
        assertThat(TeamAccess.decide(OWNER, null, OWNER_CALLER)).contains(Access.OWNER);
        assertThat(TeamAccess.decide(OWNER, "VIEWER", OWNER_CALLER)).contains(Access.OWNER);
    }

    @Test
    void anAcceptedCollaborator_hasTheAccessTheyWereInvitedWith() {
        assertThat(TeamAccess.decide(OWNER, "EDITOR", STRANGER)).contains(Access.EDITOR);
        assertThat(TeamAccess.decide(OWNER, "VIEWER", STRANGER)).contains(Access.VIEWER);
    }

    @Test
    void anAdmin_readsEveryProject_butIsNeverMoreThanAViewer() {
        assertThat(TeamAccess.decide(OWNER, null, ADMIN)).contains(Access.VIEWER);
        assertThat(TeamAccess.decide(OWNER, null, ADMIN).orElseThrow().allows(Access.EDITOR)).isFalse();
    }

    @Test
    void anyoneElse_isNotOnTheTeam() {
        assertThat(TeamAccess.decide(OWNER, null, STRANGER)).isEqualTo(Optional.empty());
    }

    @Test
    void aRoleIsListed_onlyWhileOpenPublicAndBeforeItsDeadline() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        Instant later = now.plus(1, ChronoUnit.DAYS);
        assertThat(RoleListing.listed("OPEN", "PUBLIC", later, now)).isTrue();
        assertThat(RoleListing.listed("OPEN", "INVITED", later, now)).isFalse();
        assertThat(RoleListing.listed("CLOSED", "PUBLIC", later, now)).isFalse();
        assertThat(RoleListing.listed("OPEN", "PUBLIC", now, now)).isFalse();
        assertThat(RoleListing.acceptsSubmissions("OPEN", later, now)).isTrue();
    }

    @Test
    void aConfidentialProject_isNotNamed() {
        assertThat(RoleListing.publicTitle(true, "FEATURE_FILM", "Dune III")).isEqualTo("Untitled feature film project");
        assertThat(RoleListing.publicTitle(false, "FEATURE_FILM", "Dune III")).isEqualTo("Dune III");
    }
}
