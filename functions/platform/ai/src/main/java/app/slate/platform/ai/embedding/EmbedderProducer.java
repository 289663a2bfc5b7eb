package app.slate.platform.ai.embedding;

import app.slate.platform.ai.AiConfig;
import app.slate.platform.ai.BedrockClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Picks the embedding model from configuration: {@code slate.ai.embeddings=local|bedrock}. */
@ApplicationScoped
public class EmbedderProducer {

    @Produces
    @Singleton
    Embedder embedder(AiConfig config) {
        return switch (config.embeddings()) {
            case "local" -> LocalMiniLm.packaged();
            case "bedrock" -> new BedrockTitan(config.bedrock(), BedrockClients.create(config.bedrock()));
            default -> throw new IllegalStateException("slate.ai.embeddings must be local or bedrock, not " + config.embeddings());
        };
    }
}
