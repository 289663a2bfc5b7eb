package app.slate.talent.portfolio;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The new order of a whole portfolio: every item's id, once. */
public record PortfolioOrder(@NotNull @Size(max = PortfolioService.MAX_ITEMS) List<@NotNull UUID> itemIds) {
}
