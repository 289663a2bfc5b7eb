package app.slate.local.functions;

import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A function as template.yaml deploys it: its package, memory, timeout, HTTP routes and exactly
 * its environment, with what CloudFormation would resolve (resources, parameters, secrets)
 * resolved to the stand-ins and local values instead.
 */
public final class TemplateFunction {

    /** An HTTP API route the function serves, and whether API Gateway checks the token first. */
    public record Route(String method, String path, boolean authorized) {
    }

    /**
     * Under which configuration property a function reads a variable whose deployed value comes
     * from a parameter or a secret: where the local value of that variable is found.
     */
    private static final Map<String, String> PROPERTY_OF = Map.ofEntries(
            Map.entry("JWT_PUBLIC_KEYS", "mp.jwt.verify.publickey"),
            Map.entry("JWT_ISSUER", "mp.jwt.verify.issuer"),
            Map.entry("JWT_AUDIENCE", "mp.jwt.verify.audiences"),
            Map.entry("JWT_SIGNING_KEY", "slate.identity.signing-key"),
            Map.entry("JWT_SIGNING_KEY_ID", "slate.identity.signing-key-id"),
            Map.entry("CLERK_WEBHOOK_SECRETS", "slate.webhooks.clerk-secrets"),
            Map.entry("NAFATH_WEBHOOK_SECRETS", "slate.webhooks.nafath-secrets"),
            Map.entry("TRANSCODE_WEBHOOK_SECRETS", "slate.transcode.callback-secrets"),
            Map.entry("TRANSCODER_URL", "slate.transcoder.url"),
            Map.entry("TRANSCODER_API_KEY", "slate.transcoder.api-key"),
            Map.entry("TRANSCODE_CALLBACK_URL", "slate.transcoder.callback-url"),
            Map.entry("REALTIME_ENDPOINT", "slate.realtime.endpoint"),
            Map.entry("MOYASAR_SECRET_KEY", "slate.moyasar.secret-key"),
            Map.entry("RECEIPT_SIGNING_KEY", "slate.privacy.receipt-signing-key"),
            Map.entry("RECEIPT_VERIFY_KEY", "slate.privacy.receipt-verify-key"));

    public final String logicalId;
    /** The package's folder name: functions/&lt;capability&gt;/&lt;name&gt;/target/function.zip. */
    public final String name;
    private final Path repository;
    private final JsonNode template;
    private final JsonNode function;

    private TemplateFunction(Path repository, JsonNode template, String logicalId, JsonNode function) {
        this.repository = repository;
        this.template = template;
        this.logicalId = logicalId;
        this.function = function;
        this.name = Path.of(codeUri()).getParent().getParent().getFileName().toString();
    }

    /** Every function of the template, in its order. */
    public static List<TemplateFunction> all(Path repository) throws IOException {
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(repository.resolve("template.yaml").toFile());
        List<TemplateFunction> functions = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(resource -> {
            if (resource.getValue().path("Type").asText().equals("AWS::Serverless::Function")) {
                functions.add(new TemplateFunction(repository, template, resource.getKey(), resource.getValue()));
            }
        });
        return functions;
    }

    public Path zip() {
        return repository.resolve(codeUri());
    }

    private String codeUri() {
        return function.path("Properties").path("CodeUri").asText();
    }

    public int memory() {
        return setting("MemorySize", 1024);
    }

    public int timeoutSeconds() {
        return setting("Timeout", 3);
    }

    private int setting(String name, int lambdaDefault) {
        return function.path("Properties").path(name).asInt(template.path("Globals").path("Function").path(name).asInt(lambdaDefault));
    }

    /** Its HttpApi routes; a route is authorized unless it says {@code Auth: {Authorizer: NONE}}. */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (JsonNode trigger : function.path("Properties").path("Events")) {
            if (trigger.path("Type").asText().equals("HttpApi")) {
                JsonNode route = trigger.path("Properties");
                routes.add(new Route(route.path("Method").asText().toUpperCase(), route.path("Path").asText(),
                        !route.path("Auth").path("Authorizer").asText().equals("NONE")));
            }
        }
        return routes;
    }

    public boolean servesHttp() {
        return !routes().isEmpty();
    }

    /**
     * The template's variables for this function (Globals, then its own), pointed at the
     * stand-ins: what the stand-ins provisioned from the template, and for what AWS takes from
     * parameters and secrets the local value that {@code local} holds under the variable's
     * property (or its own name), else the parameter's default.
     */
    public Map<String, String> environment(StandInsState standIns, Function<String, Optional<String>> local) {
        Map<String, String> environment = new LinkedHashMap<>();
        template.path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> environment.put(v.getKey(), v.getValue().asText()));
        JsonNode resolved = standIns.functions().path(logicalId).path("environment");
        function.path("Properties").path("Environment").path("Variables").fields().forEachRemaining(variable -> environment.put(
                variable.getKey(), resolved.has(variable.getKey()) ? resolved.get(variable.getKey()).asText()
                        : local.apply(PROPERTY_OF.getOrDefault(variable.getKey(), variable.getKey()))
                                .orElseGet(() -> template.path("Parameters").path(variable.getValue().asText()).path("Default").asText(""))));
        // Unsigned search, and AWS clients with the stand-ins' endpoints and keys.
        environment.computeIfPresent("SEARCH_SIGNING", (k, v) -> "none");
        for (String service : List.of("DYNAMODB", "SQS", "S3")) {
            environment.put("QUARKUS_" + service + "_ENDPOINT_OVERRIDE", standIns.endpoint(service.toLowerCase()));
        }
        environment.put("QUARKUS_S3_PATH_STYLE_ACCESS", "true");
        Map<String, String> email = standIns.email();
        for (Map<String, String> provider : List.of(email, standIns.push(), standIns.sms(), standIns.payments(), standIns.identityProviders())) {
            provider.forEach((variable, value) -> environment.computeIfPresent(variable, (name, fromTemplate) -> value));
        }
        if (environment.containsKey("EMAIL_FROM")) {
            environment.put("SLATE_EMAIL_ENDPOINT", email.get("SLATE_EMAIL_ENDPOINT"));
        }
        if (environment.containsKey("STRIPE_SECRET_KEY")) {
            environment.put("STRIPE_API_BASE", standIns.payments().get("STRIPE_API_BASE"));
        }
        if (environment.containsKey("AUTHENTICA_API_KEY")) {
            environment.put("AUTHENTICA_API_BASE", standIns.identityProviders().get("AUTHENTICA_API_BASE"));
        }
        environment.put("AWS_REGION", standIns.endpoint("region"));
        environment.put("AWS_DEFAULT_REGION", standIns.endpoint("region"));
        environment.put("AWS_ACCESS_KEY_ID", standIns.endpoint("access-key"));
        environment.put("AWS_SECRET_ACCESS_KEY", standIns.endpoint("secret-key"));
        return environment;
    }
}
