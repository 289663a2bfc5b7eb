package app.slate.platform.ai.llm;

import app.slate.platform.ai.AiConfig;
import app.slate.platform.ai.BedrockClients;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;

/**
 * One call to Bedrock's Converse API through langchain4j-bedrock, at temperature 0. Timeouts and
 * retries with backoff are the client's ({@link BedrockClients}); budgets, the prompt cache and the
 * record of each call are {@link Llm}'s.
 */
public class BedrockConverse {

    /** The model's text and what it cost in tokens. */
    public record Answer(String text, int inputTokens, int outputTokens, long latencyMs) {
    }

    private final AiConfig.Bedrock config;
    private volatile BedrockChatModel model;

    public BedrockConverse(AiConfig.Bedrock config) {
        this.config = config;
    }

    public Answer ask(String modelId, String system, String prompt, int maxAnswerTokens) {
        long started = System.nanoTime();
        ChatResponse response = model(modelId).chat(ChatRequest.builder()
                .messages(List.of(SystemMessage.from(system), UserMessage.from(prompt)))
                .temperature(0.0)
                .maxOutputTokens(maxAnswerTokens)
                .build());
        TokenUsage usage = response.tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return new Answer(response.aiMessage().text(), in, out, (System.nanoTime() - started) / 1_000_000);
    }

    private BedrockChatModel model(String modelId) {
        BedrockChatModel built = model;
        if (built == null) {
            synchronized (this) {
                if (model == null) {
                    model = BedrockChatModel.builder().client(BedrockClients.create(config)).modelId(modelId).maxRetries(0).build();
                }
                built = model;
            }
        }
        return built;
    }
}
