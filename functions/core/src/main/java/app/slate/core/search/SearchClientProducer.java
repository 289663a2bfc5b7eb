package app.slate.core.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** One OpenSearch client per function, built at init: SigV4-signed in AWS, plain HTTP locally. */
@ApplicationScoped
public class SearchClientProducer {

    @Produces
    @Singleton
    OpenSearchClient openSearch(SearchConfig config) {
        URI endpoint = URI.create(config.endpoint()
                .orElseThrow(() -> new IllegalStateException("slate.search.endpoint is not configured")));
        return new OpenSearchClient(transport(config, endpoint));
    }

    private static OpenSearchTransport transport(SearchConfig config, URI endpoint) {
        if ("none".equals(config.signing())) {
            return ApacheHttpClient5TransportBuilder
                    .builder(new HttpHost(endpoint.getScheme(), endpoint.getHost(), endpoint.getPort()))
                    .build();
        }
        return new AwsSdk2Transport(UrlConnectionHttpClient.create(), endpoint.getHost(), config.signing(),
                Region.of(config.region()), AwsSdk2TransportOptions.builder().build());
    }
}
