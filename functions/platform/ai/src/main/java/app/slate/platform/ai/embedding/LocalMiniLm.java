package app.slate.platform.ai.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 through ONNX Runtime, with the model inside its jar: no network, about
 * 4 ms a text on one core. The local and test default.
 */
public final class LocalMiniLm implements Embedder {

    private static final String MODEL_CLASS = "dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel";

    private volatile AllMiniLmL6V2EmbeddingModel model;

    /** The local model, when this package carries it (the local cloud and tests do; deployed functions do not). */
    public static LocalMiniLm packaged() {
        try {
            Class.forName(MODEL_CLASS, false, LocalMiniLm.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("slate.ai.embeddings=local, but this function is packaged without the local model: "
                    + "deployed functions embed with Bedrock (EMBEDDINGS=bedrock)");
        }
        return new LocalMiniLm();
    }

    @Override
    public String modelKey() {
        return "minilm-l6-v2-384";
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts.stream().map(TextSegment::from).toList())
                .content().stream().map(e -> e.vector()).toList();
    }

    /** Loaded on first use (about a second), not at startup, so functions that never embed never pay for it. */
    private AllMiniLmL6V2EmbeddingModel model() {
        AllMiniLmL6V2EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
