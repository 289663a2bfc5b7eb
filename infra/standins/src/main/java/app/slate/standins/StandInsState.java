package app.slate.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a running set of stand-ins wrote to its state file: endpoints, and each function of
 * template.yaml with its environment and event sources. Depends on the JDK and Jackson only, so
 * that a Quarkus application can read it without the stand-ins' own libraries.
 */
public final class StandInsState {

    private final JsonNode state;
    private final Path file;

    StandInsState(JsonNode state, Path file) {
        this.state = state;
        this.file = file;
    }

    public static StandInsState read(Path file) {
        try {
            return new StandInsState(new ObjectMapper().readTree(file.toFile()), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stand-ins state " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    public long pid() {
        return state.path("pid").asLong();
    }

    public String endpoint(String name) {
        return state.path("endpoints").path(name).asText();
    }

    /** Logical id to function description: handler, environment, queues, schedules. */
    public JsonNode functions() {
        return state.path("functions");
    }

    /**
     * Every function's wiring from template.yaml (queue URLs, table names...), resolved to the
     * stand-ins. {@code QUARKUS_*} variables tune one function's own runtime (its handler, an
     * unused datasource switched off) and stay with that function.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        functions().forEach(function -> function.path("environment").fields().forEachRemaining(variable -> {
            if (!variable.getKey().startsWith("QUARKUS_")) {
                environment.put(variable.getKey(), variable.getValue().asText());
            }
        }));
        return environment;
    }

    /**
     * What AWS takes from the EmailFrom, EmailConfigurationSet and AppUrl parameters and the stack's
     * unsubscribe secret, and the SES stand-in as the endpoint. Links point at {@code ./slate run}'s
     * port, where a web app would be.
     */
    public Map<String, String> email() {
        return Map.of("EMAIL_FROM", "Slate <no-reply@slate.localhost>",
                "EMAIL_CONFIGURATION_SET", "slate-email",
                "APP_URL", "http://localhost:8080",
                "API_URL", "http://localhost:8080",
                "UNSUBSCRIBE_SECRET", "local unsubscribe secret of these stand-ins " + pid(),
                "SLATE_EMAIL_ENDPOINT", endpoint("ses"));
    }

    /** Quarkus configuration that points Slate's functions at these stand-ins. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>(environment());
        // The variables whose AWS values come from parameters, secrets or the search collection.
        config.put("DATABASE_REACTIVE_URL", endpoint("postgres.reactive-url"));
        config.put("DATABASE_USER", endpoint("postgres.user"));
        config.put("DATABASE_PASSWORD", endpoint("postgres.password"));
        config.put("SEARCH_ENDPOINT", endpoint("opensearch"));
        config.put("SEARCH_SIGNING", "none");
        for (String service : List.of("dynamodb", "sqs", "s3")) {
            config.put("quarkus." + service + ".endpoint-override", endpoint(service));
            config.put("quarkus." + service + ".aws.region", endpoint("region"));
            config.put("quarkus." + service + ".aws.credentials.type", "static");
            config.put("quarkus." + service + ".aws.credentials.static-provider.access-key-id", endpoint("access-key"));
            config.put("quarkus." + service + ".aws.credentials.static-provider.secret-access-key", endpoint("secret-key"));
        }
        config.put("quarkus.s3.path-style-access", "true");
        config.putAll(email());
        config.put("slate.email.region", endpoint("region"));
        config.put("slate.email.access-key-id", endpoint("access-key"));
        config.put("slate.email.secret-access-key", endpoint("secret-key"));
        config.put("slate.standins.state-file", file.toString());
        return config;
    }
}
