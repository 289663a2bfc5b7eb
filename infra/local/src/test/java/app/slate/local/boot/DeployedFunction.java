package app.slate.local.boot;

import app.slate.platform.testing.TestTokens;
import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A function as template.yaml deploys it: its package, its memory, exactly its environment
 * (resource references, parameters and secrets resolved to the stand-ins and local values) and
 * its first sample event from events/, delivered as its trigger delivers it. {@link #trial} starts
 * it from its own package and sends that event, as a cold start in Lambda would.
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

    final String logicalId;
    final String name;
    private final Path repository;
    private final JsonNode template;
    private final JsonNode function;

    private DeployedFunction(Path repository, JsonNode template, String logicalId, JsonNode function) {
        this.repository = repository;
        this.template = template;
        this.logicalId = logicalId;
        this.function = function;
        this.name = Path.of(codeUri()).getParent().getParent().getFileName().toString();
    }

    /** The function whose package is functions/.../{@code name}. */
    static DeployedFunction named(Path repository, String name) throws IOException {
        return all(repository).stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + name));
    }

    /** Every function of the template, in its order. */
    static List<DeployedFunction> all(Path repository) throws IOException {
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(repository.resolve("template.yaml").toFile());
        List<DeployedFunction> functions = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            if (resource.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
                functions.add(new DeployedFunction(repository, template, resource.getKey(), resource.getValue()));
            }
        });
        return functions;
    }

    boolean servesHttp() {
        for (JsonNode trigger : function.path("Properties").path("Events")) {
            if (trigger.path("Type").asText().equals("HttpApi")) {
                return true;
            }
        }
        return false;
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
            Path root = LambdaProcess.unpack(zip(), work.resolve(name));
            String event = sample(firstSample());
            Map<String, String> variables = new HashMap<>(environment(standIns));
            variables.putAll(extra);
            Trial first = timed(name, root, variables, memory(), event, work.resolve(name + ".log"));
            if (!first.verdict().startsWith(HUNG)) {
                return first;
            }
            System.out.println(name + " did not answer within " + ANSWER_WITHIN.toSeconds() + " s; its log and thread dump:\n"
                    + Files.readString(work.resolve(name + ".log")));
            Trial second = timed(name, root, variables, memory(), event, work.resolve(name + "-again.log"));
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
        Path root = LambdaProcess.unpack(zip(), work.resolve(name));
        Map<String, String> variables = new HashMap<>(environment(standIns));
        variables.putAll(extra);
        LambdaRuntimeApi runtimeApi = new LambdaRuntimeApi(name);
        return new Instance(runtimeApi, LambdaProcess.start(name, root, variables, memory(), runtimeApi.address(), work.resolve(name + ".log")));
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

    Path zip() {
        return repository.resolve(codeUri());
    }

    private String codeUri() {
        return function.path("Properties").path("CodeUri").asText();
    }

    private int memory() {
        return function.path("Properties").path("MemorySize").asInt(template.path("Globals").path("Function").path("MemorySize").asInt(1024));
    }

    /**
     * A webhook's sample is the provider's body, as its tests post it; API Gateway hands it to the
     * function inside an HTTP API (payload 2.0) event for the function's first route.
     */
    private String asDelivered(String sample) throws IOException {
        JsonNode event = JSON.readTree(sample);
        JsonNode route = null;
        for (JsonNode trigger : function.path("Properties").path("Events")) {
            if (route == null && trigger.path("Type").asText().equals("HttpApi")) {
                route = trigger.path("Properties");
            }
        }
        if (route == null || event.has("requestContext")) {
            return sample;
        }
        return httpEvent(route.path("Method").asText(), route.path("Path").asText(), sample);
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

    /** The template's variables for this function, resolved locally. */
    Map<String, String> environment(StandInsState standIns) {
        Map<String, String> environment = new LinkedHashMap<>();
        template.path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> environment.put(v.getKey(), v.getValue().asText()));
        JsonNode resolved = standIns.functions().path(logicalId).path("environment");
        function.path("Properties").path("Environment").path("Variables").fields().forEachRemaining(variable -> environment.put(
                variable.getKey(), resolved.has(variable.getKey()) ? resolved.get(variable.getKey()).asText() : local(standIns, variable)));
        // Pointed at the stand-ins: unsigned search, and AWS clients with local endpoints and keys.
        environment.computeIfPresent("SEARCH_SIGNING", (k, v) -> "none");
        for (String service : List.of("DYNAMODB", "SQS", "S3")) {
            environment.put("QUARKUS_" + service + "_ENDPOINT_OVERRIDE", standIns.endpoint(service.toLowerCase()));
        }
        environment.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        Map<String, String> email = standIns.email();
        email.forEach((variable, value) -> environment.computeIfPresent(variable, (name, fromTemplate) -> value));
        standIns.push().forEach((variable, value) -> environment.computeIfPresent(variable, (name, fromTemplate) -> value));
        standIns.sms().forEach((variable, value) -> environment.computeIfPresent(variable, (name, fromTemplate) -> value));
        if (environment.containsKey("EMAIL_FROM")) {
            environment.put("SLATE_EMAIL_ENDPOINT", email.get("SLATE_EMAIL_ENDPOINT"));
        }
        Map<String, String> payments = standIns.payments();
        payments.forEach((variable, value) -> environment.computeIfPresent(variable, (name, fromTemplate) -> value));
        if (environment.containsKey("STRIPE_SECRET_KEY")) {
            environment.put("STRIPE_API_BASE", payments.get("STRIPE_API_BASE"));
        }
        Map<String, String> identity = standIns.identityProviders();
        identity.forEach((variable, value) -> environment.computeIfPresent(variable, (name, fromTemplate) -> value));
        if (environment.containsKey("AUTHENTICA_API_KEY")) {
            environment.put("AUTHENTICA_API_BASE", identity.get("AUTHENTICA_API_BASE"));
        }
        environment.put("AWS_REGION", standIns.endpoint("region"));
        environment.put("AWS_DEFAULT_REGION", standIns.endpoint("region"));
        environment.put("AWS_ACCESS_KEY_ID", standIns.endpoint("access-key"));
        environment.put("AWS_SECRET_ACCESS_KEY", standIns.endpoint("secret-key"));
        return environment;
    }

    /** Local values for what AWS takes from parameters and Secrets Manager. */
    private String local(StandInsState standIns, Map.Entry<String, JsonNode> variable) {
        return switch (variable.getKey()) {
            case "DATABASE_REACTIVE_URL" -> standIns.endpoint("postgres.reactive-url");
            case "DATABASE_USER" -> standIns.endpoint("postgres.user");
            case "DATABASE_PASSWORD" -> standIns.endpoint("postgres.password");
            case "SEARCH_ENDPOINT" -> standIns.endpoint("opensearch");
            case "JWT_PUBLIC_KEYS" -> VERIFIER.get("mp.jwt.verify.publickey");
            case "JWT_ISSUER" -> VERIFIER.get("mp.jwt.verify.issuer");
            case "JWT_AUDIENCE" -> VERIFIER.get("mp.jwt.verify.audiences");
            case "JWT_SIGNING_KEY" -> SIGNER.get("slate.identity.signing-key");
            case "JWT_SIGNING_KEY_ID" -> SIGNER.get("slate.identity.signing-key-id");
            case "CLERK_WEBHOOK_SECRETS" -> "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
            case "NAFATH_WEBHOOK_SECRETS", "TRANSCODE_WEBHOOK_SECRETS", "TRANSCODER_API_KEY" -> UUID.randomUUID().toString();
            case "TRANSCODER_URL" -> "http://127.0.0.1:9/transcoder";
            case "RECEIPT_SIGNING_KEY" -> TestTokens.receiptConfig().get("slate.privacy.receipt-signing-key");
            case "RECEIPT_VERIFY_KEY" -> TestTokens.receiptConfig().get("slate.privacy.receipt-verify-key");
            default -> template.path("Parameters").path(variable.getValue().asText()).path("Default").asText("");
        };
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
