package app.slate.local;

import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Wires every function's event sources as template.yaml declares them (the stand-ins resolved
 * them into their state file): a poller per SQS queue with the declared batch size, and a timer
 * per schedule. HTTP routes need no wiring: the functions' resources serve on this process's port.
 */
@ApplicationScoped
public class EventSources {

    private static final Logger LOG = Logger.getLogger(EventSources.class);

    private final SqsClient sqs;
    private final LambdaInvoker invoker;
    private final ObjectMapper json;
    private final Path stateFile;
    private final int retryDelaySeconds;
    private final List<QueuePoller> pollers = new ArrayList<>();
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "schedules"));

    public EventSources(SqsClient sqs, LambdaInvoker invoker, ObjectMapper json,
                        @ConfigProperty(name = "slate.standins.state-file") Path stateFile,
                        @ConfigProperty(name = "slate.local.retry-delay-seconds", defaultValue = "10") int retryDelaySeconds) {
        this.sqs = sqs;
        this.invoker = invoker;
        this.json = json;
        this.stateFile = stateFile;
        this.retryDelaySeconds = retryDelaySeconds;
    }

    void start(@Observes StartupEvent started) {
        StandInsState state = StandInsState.read(stateFile);
        state.functions().fields().forEachRemaining(function -> {
            String handler = function.getValue().path("handler").asText();
            if (handler.isEmpty()) {
                return;
            }
            for (JsonNode queue : function.getValue().path("queues")) {
                QueuePoller poller = new QueuePoller(sqs, invoker, json, handler, queue.path("queueUrl").asText(),
                        queue.path("batchSize").asInt(), retryDelaySeconds);
                pollers.add(poller);
                daemon(poller, "poller-" + handler).start();
                LOG.infof("%s <- SQS %s (batch %d)", function.getKey(), queue.path("queueUrl").asText(), queue.path("batchSize").asInt());
            }
            for (JsonNode schedule : function.getValue().path("schedules")) {
                long every = schedule.path("rateSeconds").asLong();
                scheduled.add(handler);
                timers.scheduleAtFixedRate(() -> runScheduled(handler), every, every, TimeUnit.SECONDS);
                LOG.infof("%s <- schedule every %d s", function.getKey(), every);
            }
        });
    }

    private void runScheduled(String handler) {
        try {
            runAt(handler, Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Scheduled run of %s failed", handler);
        }
    }

    /**
     * Runs a scheduled function as its schedule would at {@code time} (EventBridge's event carries the
     * scheduled time): how someone sees a month's renewal locally without waiting a month. Empty
     * when the function has no schedule.
     */
    public Optional<JsonNode> runAt(String handler, Instant time) {
        if (!scheduled.contains(handler)) {
            return Optional.empty();
        }
        return Optional.of(invoker.invoke(handler, json.createObjectNode()
                .put("source", "aws.events").put("detail-type", "Scheduled Event").put("time", time.toString())));
    }

    void stop(@Observes ShutdownEvent stopping) {
        pollers.forEach(QueuePoller::stop);
        timers.shutdownNow();
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
