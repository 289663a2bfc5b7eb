package app.slate.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.logging.Correlation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lines are what CloudWatch reads as Embedded Metric Format: a directive, its dimensions' values and the value. */
class MetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void collect() {
        Metrics.sendTo(lines::add);
    }

    @AfterEach
    void release() {
        Metrics.sendTo(System.out::println);
        MDC.remove(Correlation.ID);
    }

    @Test
    void aCount_isOneEmfLine_withItsDimensionsAndTheCorrelationId() throws Exception {
        MDC.put(Correlation.ID, "trail-12345678");
        Metrics.count("Notifications", Map.of("Channel", "SMS"));

        JsonNode line = JSON.readTree(lines.get(0));
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(line.path("_aws").path("Timestamp").asLong()).isPositive();
        assertThat(directive.path("Namespace").asText()).isEqualTo("Slate");
        assertThat(directive.path("Dimensions").toString()).isEqualTo("[[\"Channel\"]]");
        assertThat(directive.path("Metrics").toString()).isEqualTo("[{\"Name\":\"Notifications\",\"Unit\":\"Count\"}]");
        assertThat(line.path("Channel").asText()).isEqualTo("SMS");
        assertThat(line.path("Notifications").asDouble()).isEqualTo(1.0);
        assertThat(line.path("correlationId").asText()).isEqualTo("trail-12345678");
    }

    @Test
    void aValueWithoutDimensions_hasAnEmptyDimensionSet_andItsUnit() throws Exception {
        Metrics.put("OutboxAge", 12.5, Metrics.Unit.Seconds, Map.of());
        Metrics.countForFunction("Failures");

        JsonNode age = JSON.readTree(lines.get(0));
        assertThat(age.path("_aws").path("CloudWatchMetrics").get(0).path("Dimensions").toString()).isEqualTo("[[]]");
        assertThat(age.path("_aws").path("CloudWatchMetrics").get(0).path("Metrics").get(0).path("Unit").asText()).isEqualTo("Seconds");
        assertThat(age.path("OutboxAge").asDouble()).isEqualTo(12.5);
        assertThat(age.has("correlationId")).isFalse();
        JsonNode failure = JSON.readTree(lines.get(1));
        assertThat(failure.path("Function").asText()).isEqualTo("local");
    }
}
