package app.slate.notifications.websocket;

import app.slate.notifications.realtime.RealtimeConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;

/**
 * The one API Gateway Management API client, built while the function initialises, for the stage
 * the template names. Short timeouts: a frame is worth sending only while it is news.
 */
@ApplicationScoped
class RealtimeClients {

    /** The client, or none when no WebSocket API is configured (frames are then skipped). */
    record Management(Optional<ApiGatewayManagementApiClient> client) {
    }

    @Produces
    @Singleton
    @Startup
    Management management(RealtimeConfig config) {
        return new Management(config.endpoint().map(endpoint -> client(config, endpoint)));
    }

    void close(@Disposes Management management) {
        management.client().ifPresent(ApiGatewayManagementApiClient::close);
    }

    private static ApiGatewayManagementApiClient client(RealtimeConfig config, URI endpoint) {
        return ApiGatewayManagementApiClient.builder()
                .endpointOverride(endpoint)
                .region(config.region().map(Region::of).orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion()))
                .credentialsProvider(credentials(config))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(3)).build())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(5)))
                .build();
    }

    private static AwsCredentialsProvider credentials(RealtimeConfig config) {
        if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
