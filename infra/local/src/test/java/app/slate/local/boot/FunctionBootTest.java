package app.slate.local.boot;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.SharedStandIns;
import app.slate.platform.testing.TestTokens;
import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every function as Lambda runs it: its function.zip unpacked alone, started by the AWS Lambda Java
 * runtime client against a local Runtime API, with exactly the environment template.yaml gives it
 * (resource references, parameters and secrets resolved to the stand-ins and local values), and
 * sent its first sample event from events/. A function that fails to initialise, or answers its
 * event with an error or a 5xx, fails the build. Nothing is shared between functions: no merged
 * configuration, no classes of another function, as in AWS.
 */
class FunctionBootTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(120);
    private static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> VERIFIER = TestTokens.verifierConfig();
    private static final Map<String, String> SIGNER = TestTokens.signerConfig();

    private static Path repository;
    private static JsonNode template;
    private static StandInsState standIns;

    @BeforeAll
    static void readTemplate() throws IOException {
        repository = StandInsLauncher.repositoryRoot(Path.of(""));
        template = new ObjectMapper(new YAMLFactory()).readTree(repository.resolve("template.yaml").toFile());
        standIns = SharedStandIns.get();
    }

    @Test
    void everyFunction_startsFromItsOwnPackage_andAnswersItsSampleEvent() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-22s %10s  %s%n", "function", "start→answer", "answer"));
        for (Map.Entry<String, JsonNode> function : functions().entrySet()) {
            String name = Path.of(function.getValue().path("Properties").path("CodeUri").asText()).getParent().getParent().getFileName().toString();
            long started = System.nanoTime();
            String verdict;
            try {
                verdict = boot(function.getKey(), name, function.getValue());
            } catch (Exception e) {
                verdict = "FAILED: " + e;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            table.append(String.format("%-22s %9d ms  %s%n", name, millis, verdict.length() > 160 ? verdict.substring(0, 160) + "…" : verdict));
            if (verdict.startsWith("FAILED")) {
                failures.add(name + ": " + verdict);
            }
        }
        System.out.println(table);
        assertThat(failures).isEmpty();
    }

    /** Starts one function, sends its sample event, and says what it answered. */
    private String boot(String logicalId, String name, JsonNode function) throws Exception {
        Path root = unzip(repository.resolve(function.path("Properties").path("CodeUri").asText()),
                repository.resolve("infra/local/target/boot/" + name));
        try (LambdaRuntimeApi runtimeApi = new LambdaRuntimeApi(name)) {
            ProcessBuilder command = new ProcessBuilder(javaCommand(root)).redirectErrorStream(true)
                    .redirectOutput(repository.resolve("infra/local/target/boot/" + name + ".log").toFile());
            command.environment().clear();
            command.environment().putAll(environment(logicalId, name, function, runtimeApi.address(), root));
            Process process = command.start();
            try {
                LambdaRuntimeApi.Outcome outcome = runtimeApi.invoke(asDelivered(sampleEvent(name), function), ANSWER_WITHIN);
                if (outcome.error()) {
                    return "FAILED: " + outcome.body();
                }
                JsonNode answer = JSON.readTree(outcome.body());
                if (answer.has("statusCode")) {
                    int status = answer.path("statusCode").asInt();
                    return status >= 500 ? "FAILED: HTTP " + status + " " + answer.path("body").asText() : "HTTP " + status;
                }
                return answer.has("batchItemFailures") ? "batch, " + answer.path("batchItemFailures").size() + " item(s) to retry" : "answered";
            } finally {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A webhook's sample is the provider's body, as its tests post it; API Gateway hands it to the
     * function inside an HTTP API (payload 2.0) event for the function's first route.
     */
    private static String asDelivered(String sample, JsonNode function) throws IOException {
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
        String method = route.path("Method").asText();
        String path = route.path("Path").asText();
        var http = JSON.createObjectNode().put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", "boot-check");
        var context = JSON.createObjectNode().put("accountId", "000000000000").put("apiId", "local").put("requestId", UUID.randomUUID().toString())
                .put("routeKey", method + " " + path).put("stage", "$default").put("timeEpoch", System.currentTimeMillis());
        context.set("http", http);
        var delivered = JSON.createObjectNode().put("version", "2.0").put("routeKey", method + " " + path).put("rawPath", path)
                .put("rawQueryString", "").put("isBase64Encoded", false).put("body", sample);
        delivered.set("headers", JSON.createObjectNode().put("content-type", "application/json"));
        delivered.set("requestContext", context);
        return JSON.writeValueAsString(delivered);
    }

    private static List<String> javaCommand(Path root) {
        String runtimeClient = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(jar -> jar.contains("aws-lambda-java-runtime-interface-client") || jar.contains("aws-lambda-java-serialization"))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        // As the java21 runtime lays out a zip: its root, then lib/*; the runtime's own classes first.
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                runtimeClient + File.pathSeparator + root + File.pathSeparator + root.resolve("lib") + File.separator + "*",
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", HANDLER);
    }

    /** The template's variables for this function, resolved locally, plus what the Lambda service itself sets. */
    private Map<String, String> environment(String logicalId, String name, JsonNode function, String runtimeApi, Path root) {
        Map<String, String> environment = new LinkedHashMap<>();
        template.path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> environment.put(v.getKey(), v.getValue().asText()));
        JsonNode resolved = standIns.functions().path(logicalId).path("environment");
        function.path("Properties").path("Environment").path("Variables").fields().forEachRemaining(variable -> environment.put(
                variable.getKey(), resolved.has(variable.getKey()) ? resolved.get(variable.getKey()).asText() : local(variable)));
        // Pointed at the stand-ins: unsigned search, and AWS clients with local endpoints and keys.
        environment.computeIfPresent("SEARCH_SIGNING", (k, v) -> "none");
        for (String service : List.of("DYNAMODB", "SQS", "S3")) {
            environment.put("QUARKUS_" + service + "_ENDPOINT_OVERRIDE", standIns.endpoint(service.toLowerCase()));
        }
        environment.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        environment.put("AWS_REGION", standIns.endpoint("region"));
        environment.put("AWS_DEFAULT_REGION", standIns.endpoint("region"));
        environment.put("AWS_ACCESS_KEY_ID", standIns.endpoint("access-key"));
        environment.put("AWS_SECRET_ACCESS_KEY", standIns.endpoint("secret-key"));
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", "slate-" + name);
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", function.path("Properties").path("MemorySize")
                .asText(template.path("Globals").path("Function").path("MemorySize").asText("1024")));
        environment.put("LAMBDA_TASK_ROOT", root.toString());
        environment.put("_HANDLER", HANDLER);
        environment.put("PATH", System.getenv("PATH"));
        environment.put("TZ", ":UTC");
        return environment;
    }

    /** Local values for what AWS takes from parameters and Secrets Manager. */
    private String local(Map.Entry<String, JsonNode> variable) {
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
            default -> template.path("Parameters").path(variable.getValue().asText()).path("Default").asText("");
        };
    }

    /** The function's first sample event, with a token that may do anything and a fresh idempotency key. */
    private static String sampleEvent(String name) throws IOException {
        try (Stream<Path> samples = Files.list(repository.resolve("events").resolve(name))) {
            Path first = samples.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
            return Files.readString(first)
                    .replace("<access token>", TestTokens.forUser(UUID.randomUUID().toString(), "talent", "casting", "admin"))
                    .replace("3f0c7d0e-2b8a-4c1e-9a55-7e1d2f3a4b5c", UUID.randomUUID().toString());
        }
    }

    private static Map<String, JsonNode> functions() {
        Map<String, JsonNode> functions = new LinkedHashMap<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            if (resource.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
                functions.put(resource.getKey(), resource.getValue());
            }
        });
        return functions;
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        if (Files.exists(into)) {
            try (Stream<Path> old = Files.walk(into)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    // Quarkus writes some classes twice into the zip; Lambda keeps the last, as here.
                    Files.copy(entries, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return into;
    }
}
