package app.slate.platform.search;

import app.slate.platform.priming.Primer;
import jakarta.enterprise.context.ApplicationScoped;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * Warms the OpenSearch client (signing, the HTTP client, the JSON mapper) with the cluster's
 * description: a read every function's search permission covers, and no connection kept (the
 * signed transport opens one per request).
 */
@ApplicationScoped
class SearchPrimer implements Primer {

    private final OpenSearchClient openSearch;

    SearchPrimer(OpenSearchClient openSearch) {
        this.openSearch = openSearch;
    }

    @Override
    public String name() {
        return "the OpenSearch client";
    }

    @Override
    public void prime() throws Exception {
        openSearch.info();
    }
}
