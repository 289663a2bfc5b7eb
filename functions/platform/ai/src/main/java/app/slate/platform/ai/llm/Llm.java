package app.slate.platform.ai.llm;

import app.slate.platform.ai.AiConfig;
import app.slate.platform.ai.usage.AiCall;
import app.slate.platform.ai.usage.AiLedger;
import app.slate.platform.ai.usage.TokenBudget;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Chat-model calls, each in three steps: an identical prompt answered before (until
 * {@code slate.ai.cache-for}) is answered again from the cache at no cost; otherwise the most the
 * call can cost is reserved against the day's token budgets (429 {@code ai-budget-spent} when
 * one is spent) and Bedrock's Converse API is asked. Every call, cached or not, is logged and recorded with its purpose, account, tokens
 * and cost, which the budgets and the admin usage view read. Without a chat model configured
 * every call fails with a 503 problem that says what to set.
 */
@ApplicationScoped
public class Llm {

    private static final Logger LOG = Logger.getLogger(Llm.class);

    private final AiConfig config;
    private final ObjectMapper json;
    private final AiLedger ledger;
    private final BedrockConverse converse;
    private final TokenBudget budget;

    public Llm(AiConfig config, ObjectMapper json, AiLedger ledger) {
        this.config = config;
        this.json = json;
        this.ledger = ledger;
        this.converse = new BedrockConverse(config.bedrock());
        this.budget = new TokenBudget(config.budget().accountDailyTokens(), config.budget().dailyTokens());
    }

    /** What a call is for, as the records name it ({@code cover-note}), and the longest answer it may need, in tokens. */
    public record Purpose(String name, int maxAnswerTokens) {
    }

    public boolean configured() {
        return config.bedrock().chatModel().isPresent();
    }

    /** The configured chat model's id, which answers name as what produced them; null when none is configured. */
    public String modelId() {
        return config.bedrock().chatModel().orElse(null);
    }

    /**
     * The model's answer to one system prompt and one user message, at temperature 0.
     * {@code purpose} names the feature in the records and caps the answer; {@code account} is
     * whom the call works for, whose daily budget it counts against (null for the platform's own work).
     */
    public String complete(Purpose purpose, String account, String system, String prompt) {
        String modelId = config.bedrock().chatModel().orElseThrow(Llm::notConfigured);
        String key = promptKey(modelId, system, prompt);
        Optional<String> cached = ledger.cached(key);
        if (cached.isPresent()) {
            LOG.infof("bedrock converse purpose=%s model=%s cached=true", purpose.name(), modelId);
            ledger.record(new AiCall(purpose.name(), account, modelId, 0, 0, 0, true, 0));
            return cached.get();
        }
        // The most this call can cost: its text at about four characters a token, and the longest answer allowed.
        int estimate = (system.length() + prompt.length()) / 4 + purpose.maxAnswerTokens();
        long reservation = ledger.reserve(purpose.name(), account, modelId, estimate, budget).orElseThrow(() -> {
            // Refused: the day's sums say which budget is spent, for the caller's message.
            Instant now = Instant.now();
            budget.check(account, ledger.spentToday(account), now);
            return budget.spentMeanwhile(now);
        });
        BedrockConverse.Answer answer = converse.ask(modelId, system, prompt, purpose.maxAnswerTokens());
        double cost = answer.inputTokens() / 1000.0 * config.bedrock().chatInputPricePer1k()
                + answer.outputTokens() / 1000.0 * config.bedrock().chatOutputPricePer1k();
        LOG.infof("bedrock converse purpose=%s model=%s cached=false inputTokens=%d outputTokens=%d costUsd=%.6f latencyMs=%d",
                purpose.name(), modelId, answer.inputTokens(), answer.outputTokens(), cost, answer.latencyMs());
        ledger.settle(reservation, new AiCall(purpose.name(), account, modelId, answer.inputTokens(), answer.outputTokens(), cost, false, answer.latencyMs()));
        ledger.remember(key, account, answer.text(), config.cacheFor());
        return answer.text();
    }

    /** {@link #complete} for prompts that ask for one JSON object: the object, wherever the model put it in its answer. */
    public JsonNode completeJson(Purpose purpose, String account, String system, String prompt) {
        return jsonIn(json, purpose.name(), complete(purpose, account, system, prompt));
    }

    static JsonNode jsonIn(ObjectMapper json, String purpose, String answer) {
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

    /** Identical prompts to one model share an answer: SHA-256 of the model, the system prompt and the prompt, each length-prefixed. */
    static String promptKey(String modelId, String system, String prompt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(modelId, system, prompt)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
