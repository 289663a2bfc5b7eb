package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.StandInsResource;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * template.yaml and the code describe the same system: every HTTP route the functions serve is
 * routed by the HTTP API and the other way round; every queue consumer in the code is a function
 * with its event source, and every function of the template has its handler and a sample event.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class TemplateConsistencyTest {

    /**
     * Routes the local cloud answers with endpoints of its own: its /health asks every stand-in
     * (the deployed one, api-docs, touches none), its /openapi is generated from the running code
     * (the deployed one serves the packaged copy that ApiDocumentTest keeps equal to it).
     */
    static final Set<String> SERVED_BY_THE_LOCAL_CLOUD = Set.of("GET /health", "GET /openapi");

    private static Path repository;
    private static JsonNode resources;

    @BeforeAll
    static void readTemplate() throws Exception {
        repository = app.slate.standins.StandInsLauncher.repositoryRoot(Path.of(""));
        resources = new ObjectMapper(new YAMLFactory()).readTree(repository.resolve("template.yaml").toFile()).path("Resources");
    }

    @Test
    void everyRouteInTheCode_isInTheTemplate_andTheOtherWayRound() {
        Set<String> served = new TreeSet<>();
        servedDocument().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> served.add(method.toUpperCase() + " " + path.getKey())));
        served.removeAll(SERVED_BY_THE_LOCAL_CLOUD);
        assertThat(served).isNotEmpty().isEqualTo(routed());
    }

    /** A route that may answer 429 (per-account limits, the export rule) is throttled by API Gateway as well. */
    @Test
    void apiGatewayThrottles_routesThatExist_andEveryRouteLimitedPerAccount() {
        Set<String> throttled = new TreeSet<>();
        resources.path("HttpApi").path("Properties").path("RouteSettings").fieldNames().forEachRemaining(throttled::add);
        Set<String> limited = new TreeSet<>();
        servedDocument().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().path("responses").has("429")) {
                limited.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(routed()).containsAll(throttled);
        assertThat(limited).hasSizeGreaterThanOrEqualTo(8);
        assertThat(throttled).containsAll(limited);
    }

    private static JsonNode servedDocument() {
        return given().accept("application/json").get("/openapi").then().statusCode(200).extract().as(JsonNode.class);
    }

    private static Set<String> routed() {
        Set<String> routed = new TreeSet<>();
        functions().forEach(function -> function.path("Properties").path("Events").forEach(event -> {
            if (event.path("Type").asText().equals("HttpApi")) {
                routed.add(event.path("Properties").path("Method").asText() + " " + event.path("Properties").path("Path").asText());
            }
        }));
        routed.removeAll(SERVED_BY_THE_LOCAL_CLOUD);
        return routed;
    }

    @Test
    void everyQueueConsumerInTheCode_isAFunctionOfTheTemplate_andTheOtherWayRound() {
        Set<String> inCode = new TreeSet<>();
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class).stream()
                .map(b -> (InjectableBean<?>) b).toList()) {
            if (bean.getName() != null && RequestHandler.class.isAssignableFrom(bean.getBeanClass())) {
                inCode.add(bean.getName());
            }
        }
        Set<String> inTemplate = new TreeSet<>();
        functions().forEach(function -> {
            String handler = function.path("Properties").path("Environment").path("Variables").path("QUARKUS_LAMBDA_HANDLER").asText();
            if (!handler.isEmpty()) {
                inTemplate.add(handler);
            }
        });
        assertThat(inCode).isNotEmpty().isEqualTo(inTemplate);
    }

    @Test
    void everyQueue_hasADeadLetterQueue_andOutlastsItsConsumersTimeout() {
        functions().forEach(function -> function.path("Properties").path("Events").forEach(event -> {
            if (!event.path("Type").asText().equals("SQS")) {
                return;
            }
            JsonNode queue = resources.path(event.path("Properties").path("Queue").asText().replace(".Arn", "")).path("Properties");
            int timeout = function.path("Properties").path("Timeout").asInt(15);
            assertThat(queue.path("VisibilityTimeout").asInt()).as("visibility of %s", queue).isGreaterThanOrEqualTo(6 * timeout);
            assertThat(queue.path("RedrivePolicy").path("maxReceiveCount").asInt()).isPositive();
            assertThat(event.path("Properties").path("FunctionResponseTypes").toString()).contains("ReportBatchItemFailures");
        }));
    }

    @Test
    void everyFunction_hasItsModule_andSampleEvents() throws Exception {
        for (JsonNode function : functions()) {
            String codeUri = function.path("Properties").path("CodeUri").asText();
            Path module = repository.resolve(codeUri.replace("/target/function.zip", ""));
            assertThat(module.resolve("pom.xml")).as(codeUri).exists();
            Path samples = repository.resolve("events").resolve(module.getFileName());
            assertThat(samples).as("sample events for %s", module.getFileName()).isDirectoryContaining("glob:**.json");
        }
    }

    /** The operations stack (infra/operations.yaml) watches every dead-letter queue, and is passed exactly what it declares. */
    @Test
    void everyDeadLetterQueue_hasItsAlarmInTheOperationsStack() throws Exception {
        JsonNode operations = new ObjectMapper(new YAMLFactory()).readTree(repository.resolve("infra/operations.yaml").toFile());
        Set<String> declared = new TreeSet<>();
        operations.path("Parameters").fieldNames().forEachRemaining(declared::add);
        Set<String> passed = new TreeSet<>();
        resources.path("OperationsStack").path("Properties").path("Parameters").fieldNames().forEachRemaining(passed::add);
        assertThat(passed).isEqualTo(declared);

        Set<String> deadLetterQueues = new TreeSet<>();
        resources.fields().forEachRemaining(resource -> {
            if (resource.getValue().path("Type").asText().equals("AWS::SQS::Queue") && resource.getKey().endsWith("DeadLetterQueue")) {
                deadLetterQueues.add(resource.getKey());
            }
        });
        Set<String> watched = new TreeSet<>();
        operations.path("Resources").forEach(alarm -> alarm.path("Properties").path("Dimensions").forEach(dimension -> {
            if (dimension.path("Name").asText().equals("QueueName")) {
                watched.add(dimension.path("Value").asText().replaceFirst("Name$", ""));
            }
        }));
        assertThat(deadLetterQueues).isNotEmpty().isEqualTo(watched);
    }

    @Test
    void templatePassesCfnLint_whereItIsInstalled() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("cfn-lint", "--version").redirectErrorStream(true).start();
        } catch (java.io.IOException notInstalled) {
            Assumptions.abort("cfn-lint is not installed here");
            return;
        }
        Assumptions.assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "cfn-lint does not run here");
        Process lint = new ProcessBuilder("cfn-lint", repository.resolve("template.yaml").toString(),
                repository.resolve("infra/operations.yaml").toString()).redirectErrorStream(true).start();
        String findings = new String(lint.getInputStream().readAllBytes());
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(findings).isEmpty();
    }

    private static List<JsonNode> functions() {
        List<JsonNode> functions = new ArrayList<>();
        resources.forEach(resource -> {
            if (resource.path("Type").asText().equals("AWS::Serverless::Function")) {
                functions.add(resource);
            }
        });
        return functions;
    }
}
