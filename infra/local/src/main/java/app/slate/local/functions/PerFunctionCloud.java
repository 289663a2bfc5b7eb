package app.slate.local.functions;

import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code ./slate run --per-function}: every function runs from its own function.zip in JVMs of
 * its own, with exactly the environment template.yaml gives it, as {@code sam local} runs them.
 * The local cloud keeps the parts AWS plays (API Gateway's routing, SQS event source mappings,
 * schedules, the WebSocket API) and the stand-in endpoints; it hands every event to the
 * function's process through the Lambda Runtime API instead of calling the handler in its own JVM.
 * Off unless {@code slate.local.per-function} is set.
 */
@ApplicationScoped
public class PerFunctionCloud {

    private static final Logger LOG = Logger.getLogger(PerFunctionCloud.class);

    /** A template route and the function that serves it. */
    public record Target(FunctionInstances function, TemplateFunction.Route route, Map<String, String> pathParameters) {
    }

    private final boolean enabled;
    private final Path stateFile;
    private final int concurrency;
    private final Config config;
    private volatile Functions functions;

    private record Functions(Map<String, FunctionInstances> byLogicalId, Map<String, FunctionInstances> byHandler,
                             List<Map.Entry<TemplateFunction.Route, FunctionInstances>> routes, XRayDaemon traces) {
    }

    public PerFunctionCloud(@ConfigProperty(name = "slate.local.per-function", defaultValue = "false") boolean enabled,
                            @ConfigProperty(name = "slate.standins.state-file") Path stateFile,
                            @ConfigProperty(name = "slate.local.function-concurrency", defaultValue = "2") int concurrency,
                            Config config) {
        this.enabled = enabled;
        this.stateFile = stateFile;
        this.concurrency = concurrency;
        this.config = config;
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * The function that serves {@code method path}, as API Gateway picks it: the route whose
     * path matches with the most literal segments, earliest first.
     */
    public Optional<Target> route(String method, String path) {
        String[] segments = path.split("/", -1);
        Target best = null;
        String bestRank = null;
        for (Map.Entry<TemplateFunction.Route, FunctionInstances> entry : functions().routes()) {
            TemplateFunction.Route route = entry.getKey();
            String[] pattern = route.path().split("/", -1);
            if (!route.method().equals(method) || pattern.length != segments.length) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            StringBuilder rank = new StringBuilder();
            boolean matches = true;
            for (int i = 0; i < pattern.length && matches; i++) {
                if (pattern[i].startsWith("{") && pattern[i].endsWith("}")) {
                    matches = !segments[i].isEmpty();
                    parameters.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
                    rank.append('b');
                } else {
                    matches = pattern[i].equals(segments[i]);
                    rank.append('a');
                }
            }
            if (matches && (bestRank == null || rank.toString().compareTo(bestRank) < 0)) {
                best = new Target(entry.getValue(), route, parameters);
                bestRank = rank.toString();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The function whose QUARKUS_LAMBDA_HANDLER is {@code handler} (queue, schedule and WebSocket handlers). */
    public FunctionInstances byHandler(String handler) {
        FunctionInstances function = functions().byHandler().get(handler);
        if (function == null) {
            throw new IllegalStateException("template.yaml has no function with handler " + handler);
        }
        return function;
    }

    /** The documents of one trace: the invocations' segments and their AWS calls, in the order they started. */
    public List<JsonNode> trace(String traceId) {
        return functions().traces().of(traceId);
    }

    /** Every function and its running copies, in the template's order. */
    public Map<String, FunctionInstances> all() {
        return functions().byLogicalId();
    }

    private Functions functions() {
        if (functions == null) {
            synchronized (this) {
                if (functions == null) {
                    functions = load();
                }
            }
        }
        return functions;
    }

    private Functions load() {
        StandInsState standIns = StandInsState.read(stateFile);
        Path repository = StandInsLauncher.repositoryRoot(Path.of(""));
        Path work = stateFile.getParent().resolve("functions");
        stopLeftovers(work);
        Map<String, FunctionInstances> byLogicalId = new LinkedHashMap<>();
        Map<String, FunctionInstances> byHandler = new LinkedHashMap<>();
        List<Map.Entry<TemplateFunction.Route, FunctionInstances>> routes = new ArrayList<>();
        XRayDaemon traces;
        try {
            traces = new XRayDaemon();
            for (TemplateFunction function : TemplateFunction.all(repository)) {
                // The local value of a parameter or secret is what this local cloud runs with itself.
                Map<String, String> environment = new LinkedHashMap<>(
                        function.environment(standIns, property -> config.getOptionalValue(property, String.class)));
                // As Lambda sets it beside every function: where the X-Ray daemon listens.
                environment.put("AWS_XRAY_DAEMON_ADDRESS", traces.address());
                FunctionInstances instances = new FunctionInstances(function, environment, work, concurrency, traces);
                byLogicalId.put(function.logicalId, instances);
                String handler = standIns.functions().path(function.logicalId).path("handler").asText();
                if (!handler.isEmpty()) {
                    byHandler.put(handler, instances);
                }
                function.routes().forEach(route -> routes.add(Map.entry(route, instances)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template.yaml or open the X-Ray daemon's port", e);
        }
        return new Functions(byLogicalId, byHandler, routes, traces);
    }

    /**
     * Copies that an earlier run on this data folder left running (it was killed, so it could not
     * stop them): they would poll a Runtime API that is gone, holding memory.
     */
    private static void stopLeftovers(Path work) {
        String unpackedUnder = work.toAbsolutePath() + "/";
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(unpackedUnder) && line.contains(LambdaProcess.QUARKUS_HANDLER)).orElse(false))
                .toList();
        leftovers.forEach(ProcessHandle::destroyForcibly);
        if (!leftovers.isEmpty()) {
            LOG.infof("Stopped %d function copies an earlier run left running", leftovers.size());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (functions != null) {
            functions.byLogicalId().values().parallelStream().forEach(FunctionInstances::close);
            functions.traces().close();
        }
    }
}
