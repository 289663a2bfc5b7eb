package app.slate.platform.ai.embedding;

import java.util.List;

/**
 * Turns a text into a vector. The model key names the match indices, so a change of model (or
 * of dimension) writes fresh indices instead of mixing vectors of two models in one.
 */
public interface Embedder {

    /** Model and dimension as an index-name-safe key, such as {@code minilm-l6-v2-384}. */
    String modelKey();

    int dimension();

    float[] embed(String text);

    /** Several texts; models that batch do it in one go. */
    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
