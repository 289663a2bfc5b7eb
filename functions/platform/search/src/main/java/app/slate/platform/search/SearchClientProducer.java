package app.slate.platform.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * One OpenSearch client per function, built at init (no request pays for it; SnapStart snapshots
 * it): SigV4-signed in AWS, plain HTTP locally; each request bounded by {@link SearchConfig#timeout()}.
 */
@ApplicationScoped
public class SearchClientProducer {

    @Produces
    @Singleton
    @Startup
    OpenSearchClient openSearch(SearchConfig config) {
        URI endpoint = URI.create(config.endpoint()
                .orElseThrow(() -> new IllegalStateException("slate.search.endpoint is not configured")));
        return new OpenSearchClient(transport(config, endpoint));
    }

    private static OpenSearchTransport transport(SearchConfig config, URI endpoint) {
        // Documents gain fields over time (embeddings, say): readers ignore what they do not know.
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL));
        if ("none".equals(config.signing())) {
            Timeout timeout = Timeout.of(config.timeout());
            return ApacheHttpClient5TransportBuilder
                    .builder(new HttpHost(endpoint.getScheme(), endpoint.getHost(), endpoint.getPort()))
                    .setRequestConfigCallback(request -> request.setConnectionRequestTimeout(timeout).setConnectTimeout(timeout).setResponseTimeout(timeout))
                    .setMapper(mapper)
                    .build();
        }
        UrlConnectionHttpClient.Builder http = UrlConnectionHttpClient.builder()
                .connectionTimeout(config.timeout()).socketTimeout(config.timeout());
        return new AwsSdk2Transport(http.build(), endpoint.getHost(), config.signing(),
                Region.of(config.region()), AwsSdk2TransportOptions.builder().setMapper(mapper).build());
    }
}
