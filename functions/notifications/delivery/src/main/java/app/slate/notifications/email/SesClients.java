package app.slate.notifications.email;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The one SES v2 client, built while the function initialises. Bounded: 3 s to connect, 10 s a
 * call; the SDK's standard retries cover throttling and 5xx, and a call that still fails leaves
 * the event to the queue's retry.
 */
@ApplicationScoped
class SesClients {

    @Produces
    @ApplicationScoped
    @Startup
    SesV2Client ses(EmailConfig config) {
        var builder = SesV2Client.builder()
                .region(config.region().map(Region::of).orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion()))
                .credentialsProvider(credentials(config))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(3)).socketTimeout(Duration.ofSeconds(10)).build())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(20)));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    void close(@Disposes SesV2Client ses) {
        ses.close();
    }

    private static AwsCredentialsProvider credentials(EmailConfig config) {
        if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
