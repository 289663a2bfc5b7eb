package app.slate.casting.lists;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.casting.lists.ListAccess.TeamPlace;
import app.slate.casting.reads.Access;
import org.junit.jupiter.api.Test;

class ListAccessTest {

    @Test
    void theOwnerRunsTheList_whateverTheirTeams() {
        assertThat(ListAccess.decide("casey", "casey", TeamPlace.NONE)).contains(Access.OWNER);
        assertThat(ListAccess.decide("casey", "casey", TeamPlace.VIEWER)).contains(Access.OWNER);
    }

    @Test
    void othersHaveTheirBestPlaceOnASharingTeam_andNobodyElseSeesIt() {
        assertThat(ListAccess.decide("casey", "robin", TeamPlace.EDITOR)).contains(Access.EDITOR);
        assertThat(ListAccess.decide("casey", "robin", TeamPlace.VIEWER)).contains(Access.VIEWER);
        assertThat(ListAccess.decide("casey", "robin", TeamPlace.NONE)).isEmpty();
    }
}
