package app.slate.local;

import app.slate.platform.metrics.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

/**
 * The local cloud's CloudWatch: the functions' Embedded Metric Format lines, which Lambda would
 * ship to CloudWatch, are read here as CloudWatch would read them, summed per metric and
 * dimensions, and served at {@code /local/metrics} with the latest lines (correlation ids included).
 */
@Path("/local/metrics")
@PermitAll
@ApplicationScoped
public class LocalMetrics {

    private static final Logger LOG = Logger.getLogger("app.slate.metrics");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECENT = 200;

    /** One metric with one set of dimension values, as CloudWatch would keep it. */
    public record Series(String namespace, String name, Map<String, String> dimensions, String unit, long samples, double sum,
                         double maximum) {
    }

    private final Map<String, Series> series = new TreeMap<>();
    private final Deque<JsonNode> recent = new ArrayDeque<>();

    void collect(@Observes StartupEvent startup) {
        Metrics.sendTo(this::read);
    }

    synchronized void read(String line) {
        LOG.debug(line);
        try {
            JsonNode document = JSON.readTree(line);
            for (JsonNode directive : document.path("_aws").path("CloudWatchMetrics")) {
                Map<String, String> dimensions = new TreeMap<>();
                directive.path("Dimensions").forEach(set -> set.forEach(name -> dimensions.put(name.asText(), document.path(name.asText()).asText())));
                for (JsonNode metric : directive.path("Metrics")) {
                    String name = metric.path("Name").asText();
                    double value = document.path(name).asDouble();
                    String namespace = directive.path("Namespace").asText();
                    series.merge(namespace + "/" + name + dimensions, new Series(namespace, name, dimensions, metric.path("Unit").asText(), 1,
                            value, value), (old, now) -> new Series(namespace, name, dimensions, old.unit(), old.samples() + 1,
                            old.sum() + value, Math.max(old.maximum(), value)));
                }
            }
            recent.addLast(document);
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
        } catch (IOException e) {
            LOG.warnf("not an Embedded Metric Format line: %s", line);
        }
    }

    /** What the metrics add up to since the local cloud started, and the latest lines as the functions wrote them. */
    public record Summary(List<Series> metrics, List<JsonNode> recent) {
    }

    @Operation(hidden = true)
    @GET
    public synchronized Summary summary() {
        return new Summary(new ArrayList<>(series.values()), new ArrayList<>(recent));
    }
}
