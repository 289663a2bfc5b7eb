package app.slate.platform.ai;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The one Bedrock runtime client: timeouts per attempt and per call, and the SDK's standard
 * retry strategy (throttling and server errors) with exponential backoff, so langchain4j's own
 * retries stay off and a call is never retried twice over.
 */
public final class BedrockClients {

    private BedrockClients() {
    }

    public static BedrockRuntimeClient create(AiConfig.Bedrock config) {
        var builder = BedrockRuntimeClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(config.attemptTimeout())
                        .build())
                .overrideConfiguration(o -> o
                        .apiCallTimeout(config.timeout())
                        .apiCallAttemptTimeout(config.attemptTimeout())
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(config.maxAttempts())
                                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(200), Duration.ofSeconds(4)))
                                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(8)))
                                .build()));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
