package app.slate.platform.ai.embedding;

import app.slate.platform.ai.AiConfig;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.bedrock.BedrockTitanEmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** Amazon Titan Text Embeddings v2 on Bedrock (InvokeModel), normalised, at the configured dimension. */
public final class BedrockTitan implements Embedder {

    private static final Logger LOG = Logger.getLogger(BedrockTitan.class);

    private final AiConfig.Bedrock config;
    private final BedrockTitanEmbeddingModel model;

    public BedrockTitan(AiConfig.Bedrock config, BedrockRuntimeClient client) {
        this.config = config;
        this.model = BedrockTitanEmbeddingModel.builder()
                .client(client)
                .model(config.embeddingModel())
                .dimensions(config.embeddingDimension())
                .normalize(true)
                .maxRetries(0)
                .build();
    }

    @Override
    public String modelKey() {
        return config.embeddingModel().replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "") + "-" + config.embeddingDimension();
    }

    @Override
    public int dimension() {
        return config.embeddingDimension();
    }

    @Override
    public float[] embed(String text) {
        long started = System.nanoTime();
        Response<Embedding> response = model.embed(text);
        Integer tokens = response.tokenUsage() == null ? null : response.tokenUsage().inputTokenCount();
        LOG.infof("bedrock embed model=%s inputTokens=%s costUsd=%.6f latencyMs=%d", config.embeddingModel(), tokens,
                tokens == null ? 0 : tokens / 1000.0 * config.embeddingPricePer1k(), (System.nanoTime() - started) / 1_000_000);
        return response.content().vector();
    }
}
