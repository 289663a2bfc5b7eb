package app.slate.casting.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SubmissionStatusTest {

    @Test
    void finalStatuses_leadNowhere_andOnlyTalentWithdraw() {
        for (SubmissionStatus done : EnumSet.of(SubmissionStatus.BOOKED, SubmissionStatus.DECLINED, SubmissionStatus.WITHDRAWN)) {
            assertThat(Arrays.stream(SubmissionStatus.values()).filter(done::teamMayMoveTo)).isEmpty();
            assertThat(done.talentMayWithdraw()).isFalse();
        }
        assertThat(Arrays.stream(SubmissionStatus.values()).filter(s -> s.teamMayMoveTo(SubmissionStatus.WITHDRAWN))).isEmpty();
        assertThat(Arrays.stream(SubmissionStatus.values()).filter(s -> s.teamMayMoveTo(SubmissionStatus.SUBMITTED))).isEmpty();
    }

    @Test
    void booking_needsAnOfferFirst() {
        assertThat(Arrays.stream(SubmissionStatus.values()).filter(s -> s.teamMayMoveTo(SubmissionStatus.BOOKED)))
                .containsExactly(SubmissionStatus.OFFERED);
    }

    @Test
    void theTeamMayDeclineAtEveryStepBeforeTheOutcome() {
        for (SubmissionStatus open : EnumSet.complementOf(EnumSet.of(SubmissionStatus.BOOKED, SubmissionStatus.DECLINED,
                SubmissionStatus.WITHDRAWN))) {
            assertThat(open.teamMayMoveTo(SubmissionStatus.DECLINED)).as(open.name()).isTrue();
            assertThat(open.talentMayWithdraw()).as(open.name()).isTrue();
        }
    }

    @Test
    void theNamesForQueryValidation_areExactlyTheConstants() {
        assertThat(SubmissionStatus.NAMES.split("\\|")).containsExactly(
                Arrays.stream(SubmissionStatus.values()).map(Enum::name).toArray(String[]::new));
    }
}
