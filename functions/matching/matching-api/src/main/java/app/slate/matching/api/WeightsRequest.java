package app.slate.matching.api;

import app.slate.matching.score.Factor;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Factor weights from 0 to 10; factors left out keep their default. */
public record WeightsRequest(@NotNull Map<Factor, Double> weights) {
}
