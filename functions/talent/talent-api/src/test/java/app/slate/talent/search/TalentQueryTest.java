package app.slate.talent.search;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.platform.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TalentQueryTest {

    @Test
    void ageRangeUpsideDown_isRefused() {
        TalentQuery query = new TalentQuery();
        query.ageFrom = 40;
        query.ageTo = 30;
        assertThatThrownBy(query::checkRanges).isInstanceOf(ProblemException.class).hasMessageContaining("invalid");
    }

    @Test
    void heightRangeUpsideDown_isRefused_andOneEndIsEnough() {
        TalentQuery query = new TalentQuery();
        query.heightFrom = 190;
        query.heightTo = 160;
        assertThatThrownBy(query::checkRanges).isInstanceOf(ProblemException.class);
        TalentQuery tallOnly = new TalentQuery();
        tallOnly.heightFrom = 185;
        assertThatCode(tallOnly::checkRanges).doesNotThrowAnyException();
    }

    @Test
    void availabilityNeedsBothEnds_inOrder() {
        TalentQuery halfOpen = new TalentQuery();
        halfOpen.availableFrom = LocalDate.of(2027, 1, 1);
        assertThatThrownBy(halfOpen::checkRanges).isInstanceOf(ProblemException.class);

        TalentQuery reversed = new TalentQuery();
        reversed.availableFrom = LocalDate.of(2027, 2, 1);
        reversed.availableTo = LocalDate.of(2027, 1, 1);
        assertThatThrownBy(reversed::checkRanges).isInstanceOf(ProblemException.class);

        TalentQuery fine = new TalentQuery();
        fine.availableFrom = LocalDate.of(2027, 1, 1);
        fine.availableTo = LocalDate.of(2027, 1, 1);
        assertThatCode(fine::checkRanges).doesNotThrowAnyException();
    }
}
