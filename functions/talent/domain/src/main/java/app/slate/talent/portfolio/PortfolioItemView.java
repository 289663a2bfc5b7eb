package app.slate.talent.portfolio;

import java.util.UUID;

public record PortfolioItemView(UUID id, PortfolioItem.Kind kind, String title, UUID mediaAssetId, String externalUrl,
                                int position, boolean primary) {

    public static PortfolioItemView of(PortfolioItem item) {
        return new PortfolioItemView(item.id, item.kind, item.title, item.mediaAssetId, item.externalUrl,
                item.position, item.primary);
    }
}
