package app.slate.platform.ai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Which embedding model runs, and how Amazon Bedrock is reached when it is the one. */
@ConfigMapping(prefix = "slate.ai")
public interface AiConfig {

    /** {@code local}: all-MiniLM-L6-v2 in process (384 dimensions); {@code bedrock}: Titan Text Embeddings v2. */
    @WithDefault("local")
    String embeddings();

    Bedrock bedrock();

    Budget budget();

    /** How long the answer to an identical prompt is reused instead of asking the model again. */
    @WithDefault("PT24H")
    Duration cacheFor();

    /**
     * Daily token budgets (input and output together) for chat-model calls, by UTC day, checked
     * before each call. A cached answer costs nothing.
     */
    interface Budget {

        /** What one account's calls may use: a talent's drafted notes, a casting director's script breakdowns. */
        @WithDefault("50000")
        long accountDailyTokens();

        /** What every call together may use, the platform's own work (ingestion) included. */
        @WithDefault("2000000")
        long dailyTokens();
    }

    interface Bedrock {

        @WithDefault("${AWS_REGION:us-east-1}")
        String region();

        /** Another endpoint than the region's, such as a VPC endpoint, or a local fake in tests. */
        Optional<URI> endpoint();

        @WithDefault("amazon.titan-embed-text-v2:0")
        String embeddingModel();

        /** Titan v2 answers 256, 512 or 1024 dimensions; the match indices follow. */
        @WithDefault("1024")
        int embeddingDimension();

        /** The Converse model for drafting and extraction; without it those features say Bedrock is not configured. */
        Optional<String> chatModel();

        /** The whole call, retries included. */
        @WithDefault("30s")
        Duration timeout();

        /** One attempt. */
        @WithDefault("12s")
        Duration attemptTimeout();

        /** Attempts in all; throttling and 5xx answers are retried with exponential backoff and jitter. */
        @WithDefault("3")
        int maxAttempts();

        /** Prices in US dollars per 1,000 tokens, for the cost each call logs. */
        @WithDefault("0.0008")
        double chatInputPricePer1k();

        @WithDefault("0.004")
        double chatOutputPricePer1k();

        @WithDefault("0.00002")
        double embeddingPricePer1k();
    }
}
