package app.slate.platform.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.platform.ai.embedding.BedrockTitan;
import app.slate.platform.ai.llm.BedrockConverse;
import app.slate.platform.ai.llm.Llm;
import app.slate.platform.ai.usage.AiLedger;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.testing.BedrockFake;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Bedrock runtime client (through langchain4j-bedrock) against a local fake of the service. */
class BedrockCallsTest {

    private static BedrockFake bedrock;

    @BeforeAll
    static void start() throws Exception {
        bedrock = new BedrockFake();
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    }

    @AfterAll
    static void stop() {
        bedrock.close();
    }

    @BeforeEach
    void reset() {
        bedrock.calls.clear();
        bedrock.throttleNext.set(0);
    }

    @Test
    void titanEmbeddingsAreSignedAskedAtTheConfiguredDimensionAndRetriedWhenThrottled() {
        bedrock.throttleNext.set(2);
        BedrockTitan titan = new BedrockTitan(config(Optional.empty(), 3), BedrockClients.create(config(Optional.empty(), 3)));

        float[] vector = titan.embed("A guarded, funny eldest sister in a period drama");

        assertThat(vector).hasSize(256);
        assertThat(titan.modelKey()).isEqualTo("amazon-titan-embed-text-v2-0-256");
        assertThat(bedrock.calls).hasSize(3);
        BedrockFake.Call call = bedrock.calls.get(2);
        assertThat(call.path()).isEqualTo("/model/amazon.titan-embed-text-v2%3A0/invoke");
        assertThat(call.body().path("inputText").asText()).startsWith("A guarded");
        assertThat(call.body().path("dimensions").asInt()).isEqualTo(256);
        assertThat(call.body().path("normalize").asBoolean()).isTrue();
    }

    @Test
    void throttlingBeyondTheAttemptsFailsTheCall() {
        bedrock.throttleNext.set(5);
        BedrockTitan titan = new BedrockTitan(config(Optional.empty(), 2), BedrockClients.create(config(Optional.empty(), 2)));

        assertThatThrownBy(() -> titan.embed("x")).hasMessageContaining("Too many requests");
        assertThat(bedrock.calls).hasSize(2);
    }

    @Test
    void converseIsSignedAtTemperatureZero_andAnswersWithItsTokens() {
        bedrock.converse = prompt -> "Here is the casting call:\n{\"title\":\"Barista\",\"quality\":0.8}\nLet me know.";
        BedrockConverse converse = new BedrockConverse(config(Optional.of("anthropic.claude-3-5-haiku-20241022-v1:0"), 3));

        BedrockConverse.Answer answer = converse.ask("anthropic.claude-3-5-haiku-20241022-v1:0", "You extract casting calls.", "Barista wanted, London", 900);

        assertThat(answer.text()).contains("{\"title\":\"Barista\"");
        assertThat(answer.inputTokens()).isEqualTo(812);
        assertThat(answer.outputTokens()).isEqualTo(164);
        BedrockFake.Call call = bedrock.calls.get(0);
        assertThat(call.path()).isEqualTo("/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse");
        assertThat(call.body().path("system").get(0).path("text").asText()).isEqualTo("You extract casting calls.");
        assertThat(call.body().path("messages").get(0).path("content").get(0).path("text").asText()).isEqualTo("Barista wanted, London");
        assertThat(call.body().path("inferenceConfig").path("temperature").asDouble()).isZero();
        assertThat(call.body().path("inferenceConfig").path("maxTokens").asInt()).isEqualTo(900);
    }

    @Test
    void withoutAChatModelEveryCallSaysWhatToConfigure() {
        // Without a model the call ends before the ledger (a database) is reached.
        Llm llm = new Llm(ai(config(Optional.empty(), 3)), new ObjectMapper(), new AiLedger(null));

        assertThat(llm.configured()).isFalse();
        assertThatThrownBy(() -> llm.complete(new Llm.Purpose("test", 100), null, "s", "p")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(503);
            assertThat(e.problem().detail()).contains("slate.ai.bedrock.chat-model");
        });
        assertThat(bedrock.calls).isEmpty();
    }

    private static AiConfig ai(AiConfig.Bedrock bedrock) {
        return new AiConfig() {
            @Override
            public String embeddings() {
                return "bedrock";
            }

            @Override
            public Bedrock bedrock() {
                return bedrock;
            }

            @Override
            public Budget budget() {
                return new Budget() {
                    public long accountDailyTokens() { return 50_000; }
                    public long dailyTokens() { return 2_000_000; }
                };
            }

            @Override
            public Duration cacheFor() {
                return Duration.ofHours(24);
            }
        };
    }

    private static AiConfig.Bedrock config(Optional<String> chatModel, int attempts) {
        URI endpoint = bedrock.endpoint();
        return new AiConfig.Bedrock() {
            public String region() { return "eu-west-2"; }
            public Optional<URI> endpoint() { return Optional.of(endpoint); }
            public String embeddingModel() { return "amazon.titan-embed-text-v2:0"; }
            public int embeddingDimension() { return 256; }
            public Optional<String> chatModel() { return chatModel; }
            public Duration timeout() { return Duration.ofSeconds(20); }
            public Duration attemptTimeout() { return Duration.ofSeconds(5); }
            public int maxAttempts() { return attempts; }
            public double chatInputPricePer1k() { return 0.0008; }
            public double chatOutputPricePer1k() { return 0.004; }
            public double embeddingPricePer1k() { return 0.00002; }
        };
    }
}
