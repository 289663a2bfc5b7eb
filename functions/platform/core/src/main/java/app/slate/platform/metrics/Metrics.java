package app.slate.platform.metrics;

import app.slate.platform.logging.Correlation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Metrics in CloudWatch's Embedded Metric Format: one JSON line on standard output per value,
 * which Lambda ships to CloudWatch Logs and CloudWatch turns into metrics, with no client, call
 * or permission. Namespace {@value #NAMESPACE}. Dimensions are few on purpose (a function, a
 * channel, a provider): every combination is a metric of its own, paid for each month. The
 * request's correlation id rides along as a property, so a datapoint leads to its log lines.
 */
public final class Metrics {

    public static final String NAMESPACE = "Slate";

    /** The function a value comes from: Lambda's name for it, "local" in the local cloud. */
    public static final String FUNCTION = "Function";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUNCTION_NAME = Objects.requireNonNullElse(System.getenv("AWS_LAMBDA_FUNCTION_NAME"), "local");

    private static volatile Consumer<String> out = line -> {
        synchronized (System.out) {
            System.out.println(line);
        }
    };

    private Metrics() {
    }

    public enum Unit { Count, Seconds }

    /** One more of {@code metric}, by this function. */
    public static void countForFunction(String metric) {
        put(metric, 1, Unit.Count, Map.of(FUNCTION, FUNCTION_NAME));
    }

    /** One more of {@code metric}, with no dimension: a business total (submissions, checkouts). */
    public static void count(String metric) {
        put(metric, 1, Unit.Count, Map.of());
    }

    /** One more of {@code metric}, with the given dimensions (none, or one or two of few values). */
    public static void count(String metric, Map<String, String> dimensions) {
        put(metric, 1, Unit.Count, dimensions);
    }

    public static void put(String metric, double value, Unit unit, Map<String, String> dimensions) {
        ObjectNode line = JSON.createObjectNode();
        ObjectNode directive = line.putObject("_aws").put("Timestamp", System.currentTimeMillis())
                .putArray("CloudWatchMetrics").addObject().put("Namespace", NAMESPACE);
        ArrayNode names = directive.putArray("Dimensions").addArray();
        directive.putArray("Metrics").addObject().put("Name", metric).put("Unit", unit.name());
        new TreeMap<>(dimensions).forEach((name, dimension) -> {
            names.add(name);
            line.put(name, dimension);
        });
        line.put(metric, value);
        String correlation = Correlation.current();
        if (correlation != null) {
            line.put(Correlation.ID, correlation);
        }
        out.accept(line.toString());
    }

    /**
     * Where the lines go: standard output, where Lambda's log agent reads them. The local cloud,
     * which has no CloudWatch, collects them instead (its {@code /local/metrics}).
     */
    public static void sendTo(Consumer<String> destination) {
        out = destination;
    }
}
