package app.slate.platform.ai.llm;

import app.slate.platform.ai.AiConfig;
import app.slate.platform.ai.BedrockClients;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * LLM calls through Bedrock's Converse API. Each call logs its purpose, tokens, cost and latency;
 * timeouts and retries with backoff are the client's ({@link BedrockClients}). Without a chat
 * model configured every call fails with a 503 problem that says what to set.
 */
@ApplicationScoped
public class Llm {

    private static final Logger LOG = Logger.getLogger(Llm.class);
    private static final int MAX_OUTPUT_TOKENS = 2000;

    private final AiConfig.Bedrock config;
    private final ObjectMapper json;
    private volatile BedrockChatModel model;

    public Llm(AiConfig config, ObjectMapper json) {
        this.config = config.bedrock();
        this.json = json;
    }

    public boolean configured() {
        return config.chatModel().isPresent();
    }

    /** The configured chat model's id, which answers name as what produced them; null when none is configured. */
    public String modelId() {
        return config.chatModel().orElse(null);
    }

    /** The model's answer to one system prompt and one user message, at temperature 0. */
    public String complete(String purpose, String system, String prompt) {
        String modelId = config.chatModel().orElseThrow(Llm::notConfigured);
        long started = System.nanoTime();
        ChatResponse response = model(modelId).chat(ChatRequest.builder()
                .messages(List.of(SystemMessage.from(system), UserMessage.from(prompt)))
                .temperature(0.0)
                .maxOutputTokens(MAX_OUTPUT_TOKENS)
                .build());
        TokenUsage usage = response.tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        LOG.infof("bedrock converse purpose=%s model=%s inputTokens=%d outputTokens=%d costUsd=%.6f latencyMs=%d",
                purpose, modelId, in, out, in / 1000.0 * config.chatInputPricePer1k() + out / 1000.0 * config.chatOutputPricePer1k(),
                (System.nanoTime() - started) / 1_000_000);
        return response.aiMessage().text();
    }

    /** {@link #complete} for prompts that ask for one JSON object: the object, wherever the model put it in its answer. */
    public JsonNode completeJson(String purpose, String system, String prompt) {
        String answer = complete(purpose, system, prompt);
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new LlmAnswerInvalid(purpose + ": the model answered no JSON object");
        }
        try {
            return json.readTree(answer.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            throw new LlmAnswerInvalid(purpose + ": the model's JSON does not parse: " + e.getOriginalMessage());
        }
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

    public static ProblemException notConfigured() {
        return new ProblemException(Problem.of("ai-not-configured", "Service Unavailable", 503,
                "Amazon Bedrock is not configured here: set slate.ai.bedrock.chat-model (SLATE_AI_BEDROCK_CHAT_MODEL, "
                        + "the BedrockChatModel template parameter) to a Converse model id.", List.of()));
    }

    /** The model answered something other than what the prompt asked for. */
    public static class LlmAnswerInvalid extends RuntimeException {
        public LlmAnswerInvalid(String message) {
            super(message);
        }
    }
}
