package app.slate.talent.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.testing.Fixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void consistentProfile_passes() throws Exception {
        assertThatCode(() -> ProfileRules.check(CompletenessTest.details("complete"))).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRule_isReported_atOnce() throws Exception {
        ObjectNode profile = Fixtures.profile("complete");
        profile.with("playableAge").put("min", 40).put("max", 30);
        profile.with("location").remove("latitude");
        ((ObjectNode) profile.withArray("availability").get(0)).put("to", "2027-01-01");
        profile.withArray("languages").addObject().put("language", "en").put("proficiency", "BASIC");

        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> ProfileRules.check(JSON.treeToValue(profile, ProfileDetails.class)));

        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(problem.problem().errors()).extracting(FieldError::field)
                .containsExactly("playableAge.min", "location", "availability[0].to", "languages[2].language");
    }
}
