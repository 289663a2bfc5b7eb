package app.slate.platform.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LlmTest {

    @Test
    void aJsonAnswerIsFoundWhereverTheModelPutIt() {
        assertThat(Llm.jsonIn(new ObjectMapper(), "t", "Here it is:\n{\"title\":\"Barista\",\"quality\":0.8}\nLet me know.")
                .path("title").asText()).isEqualTo("Barista");
        assertThatThrownBy(() -> Llm.jsonIn(new ObjectMapper(), "t", "No.")).isInstanceOf(Llm.LlmAnswerInvalid.class);
        assertThatThrownBy(() -> Llm.jsonIn(new ObjectMapper(), "t", "{\"title\": }")).isInstanceOf(Llm.LlmAnswerInvalid.class);
    }

    @Test
    void identicalPromptsShareAKey_andNoSplitOfTheSameTextDoes() {
        String key = Llm.promptKey("m", "You draft notes.", "Role: Sara");
        assertThat(key).hasSize(64).isEqualTo(Llm.promptKey("m", "You draft notes.", "Role: Sara"));
        assertThat(Llm.promptKey("m", "You draft notes.Role: ", "Sara")).isNotEqualTo(key);
        assertThat(Llm.promptKey("other", "You draft notes.", "Role: Sara")).isNotEqualTo(key);
    }
}
