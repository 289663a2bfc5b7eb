package app.slate.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputPolicyTest {

    enum Gender { FEMALE, MALE }

    record Credit(String production, int year) {
    }

    record Role(String title, @Prose String description, boolean paid, LocalDate shootDate, Integer headcount,
                List<Gender> genders, List<String> languages, List<Credit> credits, double payRate, Instant deadline) {
    }

    private final ObjectMapper mapper = InputPolicy.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aWellFormedBody_isRead() throws Exception {
        Role role = mapper.readValue("""
                {"title":"Maid","description":"Line one\\n\\tLine two","paid":true,"shootDate":"2027-01-31",
                 "headcount":3,"genders":["FEMALE"],"languages":["ar"],"credits":[{"production":"Wadjda","year":2012}],
                 "payRate":250,"deadline":"2027-01-31T18:00:00Z"}""", Role.class);

        assertThat(role.description()).contains("\n\t");
        assertThat(role.payRate()).isEqualTo(250.0);
        assertThat(role.credits()).containsExactly(new Credit("Wadjda", 2012));
    }

    @Test
    void aRepeatedKey_isRefusedByName() {
        assertThat(refusal("{\"title\":\"a\",\"title\":\"b\"}")).isEqualTo(new FieldError("title", "appears more than once in its object"));
        assertThat(refusal("{\"credits\":[{\"year\":1,\"year\":2}]}").field()).isEqualTo("credits[0].year");
    }

    @Test
    void scalarsAreNeverCoerced() {
        assertThat(refusal("{\"title\":12345}")).isEqualTo(new FieldError("title", "must be a string"));
        assertThat(refusal("{\"paid\":12345}")).isEqualTo(new FieldError("paid", "must be true or false"));
        assertThat(refusal("{\"paid\":\"true\"}")).isEqualTo(new FieldError("paid", "must be true or false"));
        assertThat(refusal("{\"shootDate\":12345}")).isEqualTo(new FieldError("shootDate", "must be a date such as 2026-12-31"));
        assertThat(refusal("{\"shootDate\":\"2027-02-30\"}").field()).isEqualTo("shootDate");
        assertThat(refusal("{\"deadline\":12345}")).isEqualTo(new FieldError("deadline", "must be a date and time such as 2026-12-31T18:30:00Z"));
        assertThat(refusal("{\"headcount\":1.5}")).isEqualTo(new FieldError("headcount", "must be a whole number"));
        assertThat(refusal("{\"headcount\":\"3\"}")).isEqualTo(new FieldError("headcount", "must be a whole number"));
        assertThat(refusal("{\"genders\":[0]}")).isEqualTo(new FieldError("genders[0]", "must be one of FEMALE, MALE"));
        assertThat(refusal("{\"genders\":\"FEMALE\"}")).isEqualTo(new FieldError("genders", "must be an array"));
        assertThat(refusal("{\"credits\":[\"Wadjda\"]}")).isEqualTo(new FieldError("credits[0]", "must be an object"));
    }

    @Test
    void aNumberTooLargeForItsField_namesTheFieldAndTheRange() {
        assertThat(refusal("{\"credits\":[{\"year\":99999999999}]}"))
                .isEqualTo(new FieldError("credits[0].year", "must be a whole number from -2147483648 to 2147483647"));
    }

    @Test
    void nullInsideAList_isRefused() {
        assertThat(refusal("{\"genders\":[null]}").field()).startsWith("genders");
        assertThat(refusal("{\"languages\":[\"ar\",null]}").field()).startsWith("languages");
    }

    @Test
    void controlCharacters_areRefused_andLineBreaksOnlyInProse() {
        assertThat(refusal("{\"title\":\"Ma\\u0000id\"}")).isEqualTo(new FieldError("title", "must not contain control characters such as U+0000"));
        assertThat(refusal("{\"description\":\"bell\\u0007\"}").field()).isEqualTo("description");
        assertThat(refusal("{\"title\":\"two\\nlines\"}")).isEqualTo(new FieldError("title", "must be a single line (no tabs or line breaks)"));
        assertThat(refusal("{\"languages\":[\"a\\u009b\"]}").field()).isEqualTo("languages[0]");
        assertThat(refusal("{\"title\":\"\\ud800\"}").message()).contains("surrogate");
    }

    @Test
    void unknownFields_deepNesting_andBrokenJson_areNamed() {
        assertThat(refusal("{\"source\":\"x\"}")).isEqualTo(new FieldError("source", "is not a known field"));
        assertThat(refusal("[".repeat(200) + "]".repeat(200)).field()).isNotBlank();
        assertThat(refusal("{\"credits\":" + "[".repeat(200) + "]".repeat(200) + "}").field()).startsWith("credits");
        Problem broken = problem("{\"title\": tru}");
        assertThat(broken.type()).endsWith("malformed-json");
        assertThat(broken.errors()).containsExactly(new FieldError("title", "must be valid JSON"));
        assertThat(problem("{\"title\":\"a\"} {}").errors()).isNotEmpty();
    }

    @Test
    void noProblemEverNamesAJavaType() {
        for (String body : List.of("{\"credits\":[\"x\"]}", "{\"credits\":5}", "5", "\"x\"", "{\"genders\":[\"OTHER\"]}",
                "{\"shootDate\":[1]}", "{\"headcount\":{}}")) {
            Problem problem = problem(body);
            assertThat(problem.toString()).doesNotContain("java.", "app.slate", "Exception", "Role", "Credit");
            assertThat(problem.errors()).isNotEmpty();
        }
    }

    private FieldError refusal(String body) {
        List<FieldError> errors = problem(body).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private Problem problem(String body) {
        JsonProcessingException refused = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(body, Role.class));
        assertThat(refused).as("refused: " + body).isNotNull();
        return JsonProblems.describe(refused);
    }
}
