package app.slate.local.boot;

import app.slate.local.functions.LambdaProcess;
import app.slate.local.functions.LambdaRuntimeApi;
import app.slate.local.functions.TemplateFunction;
import app.slate.platform.testing.TestTokens;
import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A {@link TemplateFunction} with test keys and secrets for what AWS takes from parameters and
 * secrets, and its sample events from events/, delivered as its trigger delivers them.
 * {@link #trial} starts it from its own package and sends its first sample, as a cold start in
 * Lambda would.
 */
final class DeployedFunction {

    /**
     * What one cold start did: its answer, the time from process start to answer, the part of it
     * that was init (until the runtime first asked for an event: what a SnapStart snapshot holds),
     * and peak RSS.
     */
    record Trial(String verdict, long millis, long initMillis, long peakResidentMegabytes) {
        boolean failed() {
            return verdict.startsWith("FAILED");
        }

        /** The first request itself: what a restored SnapStart copy still pays after its restore. */
        long firstRequestMillis() {
            return millis - initMillis;
        }
    }

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(120);
    private static final String HUNG = "FAILED: no answer in time";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> VERIFIER = TestTokens.verifierConfig();
    private static final Map<String, String> SIGNER = TestTokens.signerConfig();

    final String name;
    private final Path repository;
    private final TemplateFunction function;

    private DeployedFunction(Path repository, TemplateFunction function) {
        this.repository = repository;
        this.function = function;
        this.name = function.name;
    }

    /** The function whose package is functions/.../{@code name}. */
    static DeployedFunction named(Path repository, String name) throws IOException {
        return all(repository).stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + name));
    }

    /** Every function of the template, in its order. */
    static List<DeployedFunction> all(Path repository) throws IOException {
        return TemplateFunction.all(repository).stream().map(f -> new DeployedFunction(repository, f)).toList();
    }

    boolean servesHttp() {
        return function.servesHttp();
    }

    Path zip() {
        return function.zip();
    }

    /**
     * One cold start: unpack under {@code work}, start, send the sample event, stop. A start that
     * does not answer in time is tried once more, and its thread dump is printed either way: once
     * in CI (2 busy cores, every stand-in shared) a start hung for two minutes and could not be
     * reproduced, so the dump is what tells the next reader where it waited.
     */
    Trial trial(StandInsState standIns, Path work) {
        return trial(standIns, work, Map.of());
    }

    /** The same, with variables set on top of the template's (a benchmark's variant). */
    Trial trial(StandInsState standIns, Path work, Map<String, String> extra) {
        long started = System.nanoTime();
        try {
            Path root = LambdaProcess.unpack(function.zip(), work.resolve(name));
            String event = sample(firstSample());
            Map<String, String> variables = new HashMap<>(environment(standIns));
            variables.putAll(extra);
            Trial first = timed(name, root, variables, function.memory(), event, work.resolve(name + ".log"));
            if (!first.verdict().startsWith(HUNG)) {
                return first;
            }
            System.out.println(name + " did not answer within " + ANSWER_WITHIN.toSeconds() + " s; its log and thread dump:\n"
                    + Files.readString(work.resolve(name + ".log")));
            Trial second = timed(name, root, variables, function.memory(), event, work.resolve(name + "-again.log"));
            return new Trial(second.verdict() + " (second start; the first hung, its dump is printed above)", second.millis(),
                    second.initMillis(), second.peakResidentMegabytes());
        } catch (Exception e) {
            return new Trial("FAILED: " + e, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), -1, -1);
        }
    }

    /**
     * One instance of the function, started from its package with the template's environment and
     * {@code extra} on top, kept running: it takes events one at a time, as Lambda hands them to
     * one instance.
     */
    Instance start(StandInsState standIns, Path work, Map<String, String> extra) throws IOException {
        Path root = LambdaProcess.unpack(function.zip(), work.resolve(name));
        Map<String, String> variables = new HashMap<>(environment(standIns));
        variables.putAll(extra);
        LambdaRuntimeApi runtimeApi = new LambdaRuntimeApi(name);
        return new Instance(runtimeApi, LambdaProcess.start(name, root, variables, function.memory(), runtimeApi.address(), work.resolve(name + ".log")));
    }

    /** A running instance; closing it stops the process. */
    record Instance(LambdaRuntimeApi runtimeApi, Process process) implements AutoCloseable {
        LambdaRuntimeApi.Outcome invoke(String requestId, String event, String traceHeader) throws Exception {
            return runtimeApi.invoke(requestId, event, ANSWER_WITHIN, traceHeader);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            runtimeApi.close();
        }
    }

    /** Starts an unpacked function, sends {@code event}, and says what it answered, how soon and in how much memory. */
    static Trial timed(String name, Path root, Map<String, String> variables, int memory, String event, Path log) throws Exception {
        try (LambdaRuntimeApi runtimeApi = new LambdaRuntimeApi(name)) {
            long started = System.nanoTime();
            Process process = LambdaProcess.start(name, root, variables, memory, runtimeApi.address(), log);
            try {
                LambdaRuntimeApi.Outcome outcome = runtimeApi.invoke(event, ANSWER_WITHIN);
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                long initMillis = TimeUnit.NANOSECONDS.toMillis(runtimeApi.initDoneNanos() - started);
                return new Trial(verdict(outcome), millis, initMillis, LambdaProcess.peakResidentMegabytes(process));
            } catch (TimeoutException e) {
                LambdaProcess.dumpThreads(process);
                return new Trial(HUNG, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), -1, -1);
            } finally {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String verdict(LambdaRuntimeApi.Outcome outcome) throws IOException {
        if (outcome.error()) {
            return "FAILED: " + outcome.body();
        }
        JsonNode answer = JSON.readTree(outcome.body());
        if (answer.has("statusCode")) {
            int status = answer.path("statusCode").asInt();
            return status >= 500 ? "FAILED: HTTP " + status + " " + answer.path("body").asText() : "HTTP " + status;
        }
        return answer.has("batchItemFailures") ? "batch, " + answer.path("batchItemFailures").size() + " item(s) to retry" : "answered";
    }

    /**
     * A webhook's sample is the provider's body, as its tests post it; API Gateway hands it to the
     * function inside an HTTP API (payload 2.0) event for the function's first route.
     */
    private String asDelivered(String sample) throws IOException {
        JsonNode event = JSON.readTree(sample);
        List<TemplateFunction.Route> routes = function.routes();
        if (routes.isEmpty() || event.has("requestContext")) {
            return sample;
        }
        return httpEvent(routes.get(0).method(), routes.get(0).path(), sample);
    }

    /** An HTTP API (payload 2.0) event as API Gateway delivers it. */
    static String httpEvent(String method, String path, String body) throws IOException {
        var http = JSON.createObjectNode().put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", "boot-check");
        var context = JSON.createObjectNode().put("accountId", "000000000000").put("apiId", "local").put("requestId", UUID.randomUUID().toString())
                .put("routeKey", method + " " + path).put("stage", "$default").put("timeEpoch", System.currentTimeMillis());
        context.set("http", http);
        var delivered = JSON.createObjectNode().put("version", "2.0").put("routeKey", method + " " + path).put("rawPath", path)
                .put("rawQueryString", "").put("isBase64Encoded", false);
        if (body != null) {
            delivered.put("body", body);
        }
        delivered.set("headers", JSON.createObjectNode().put("content-type", "application/json"));
        delivered.set("requestContext", context);
        return JSON.writeValueAsString(delivered);
    }

    /** The template's variables for this function, with test keys and secrets as the local values. */
    private Map<String, String> environment(StandInsState standIns) {
        Map<String, String> local = new HashMap<>(standIns.quarkusConfig());
        local.putAll(VERIFIER);
        local.putAll(SIGNER);
        local.putAll(TestTokens.receiptConfig());
        local.put("slate.webhooks.clerk-secrets", "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes()));
        for (String secret : List.of("slate.webhooks.nafath-secrets", "slate.transcode.callback-secrets", "slate.transcoder.api-key")) {
            local.put(secret, UUID.randomUUID().toString());
        }
        // No transcoder answers here: the sample events do not start a transcode.
        local.put("slate.transcoder.url", "http://127.0.0.1:9/transcoder");
        return function.environment(standIns, property -> Optional.ofNullable(local.get(property)));
    }

    private String firstSample() throws IOException {
        try (Stream<Path> samples = Files.list(repository.resolve("events").resolve(name))) {
            return samples.map(p -> p.getFileName().toString()).filter(p -> p.endsWith(".json")).sorted().findFirst().orElseThrow();
        }
    }

    /**
     * The sample event events/&lt;function&gt;/{@code file} as its trigger delivers it, with a
     * token that may do anything and a fresh idempotency key.
     */
    String sample(String file) throws IOException {
        return asDelivered(Files.readString(repository.resolve("events").resolve(name).resolve(file))
                .replace("<access token>", TestTokens.forUser(UUID.randomUUID().toString(), "talent", "casting", "admin"))
                .replace("3f0c7d0e-2b8a-4c1e-9a55-7e1d2f3a4b5c", UUID.randomUUID().toString()));
    }
}
