package app.slate.matching.api;

import app.slate.matching.score.Factor;
import java.util.List;
import java.util.Map;

/** Ranked matches, best first, with the weights they were scored with and the embedding model that found them. */
public record MatchList<T>(List<T> matches, Map<Factor, Double> weights, String embeddingModel) {
}
