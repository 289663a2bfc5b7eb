package app.slate.platform.ai.embedding;

/** How alike two embeddings are. */
public final class Similarity {

    private Similarity() {
    }

    /**
     * Cosine similarity; 0 for vectors of different models (their lengths differ) or empty ones.
     * The embedders normalise, but stored vectors from elsewhere might not be.
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
