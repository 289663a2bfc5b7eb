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

    /**
     * What AWS takes from the VapidPublicKey, VapidPrivateKeySecret, VapidSubject and PushServices
     * parameters: a key pair made for these stand-ins, and their push service as the one accepted.
     */
    public Map<String, String> push() {
        return Map.of("VAPID_PUBLIC_KEY", endpoint("push.vapid-public-key"),
                "VAPID_PRIVATE_KEY", endpoint("push.vapid-private-key"),
                "VAPID_SUBJECT", "mailto:ops@slate.localhost",
                "PUSH_SERVICES", endpoint("push"));
    }

    /**
     * What AWS takes from the Twilio parameters and secret: the stand-in's two accounts as the
     * primary and fallback routes (a Messaging Service on the first, a number on the second).
     */
    public Map<String, String> sms() {
        return Map.of("TWILIO_PRIMARY_API_URL", endpoint("twilio"),
                "TWILIO_PRIMARY_ACCOUNT_SID", endpoint("twilio.primary.sid"),
                "TWILIO_PRIMARY_AUTH_TOKEN", endpoint("twilio.primary.token"),
                "TWILIO_PRIMARY_SENDER", "MG5a1e0c5c2f0b4b5f9d3c7e1a2b4c6d8e",
                "TWILIO_FALLBACK_API_URL", endpoint("twilio"),
                "TWILIO_FALLBACK_ACCOUNT_SID", endpoint("twilio.fallback.sid"),
                "TWILIO_FALLBACK_AUTH_TOKEN", endpoint("twilio.fallback.token"),
                "TWILIO_FALLBACK_SENDER", "+15005550006");
    }

    /**
     * What AWS takes from the Stripe and Moyasar parameters and secrets and the seller parameters:
     * the local Stripe and Moyasar as API bases, their secret keys, the secrets their webhook
     * deliveries carry, and a sample seller for receipts.
     */
    public Map<String, String> payments() {
        return Map.of("STRIPE_API_BASE", endpoint("stripe"),
                "STRIPE_SECRET_KEY", endpoint("stripe.secret-key"),
                "STRIPE_WEBHOOK_SECRETS", endpoint("stripe.webhook-secret"),
                "MOYASAR_API_BASE", endpoint("moyasar"),
                "MOYASAR_SECRET_KEY", endpoint("moyasar.secret-key"),
                "MOYASAR_WEBHOOK_SECRETS", endpoint("moyasar.webhook-secret"),
                "SELLER_NAME", "Slate Casting (local)",
                "SELLER_ADDRESS", "King Fahd Road, Riyadh 12211, Saudi Arabia",
                "SELLER_VAT_NUMBER", "300000000000003");
    }

    /** What AWS takes from the Authentica parameter and secret: the local Authentica as API base, and its API key. */
    public Map<String, String> identityProviders() {
        return Map.of("AUTHENTICA_API_BASE", endpoint("authentica"), "AUTHENTICA_API_KEY", endpoint("authentica.api-key"));
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
        config.putAll(push());
        config.putAll(sms());
        config.putAll(payments());
        config.putAll(identityProviders());
        config.put("slate.email.region", endpoint("region"));
        config.put("slate.email.access-key-id", endpoint("access-key"));
        config.put("slate.email.secret-access-key", endpoint("secret-key"));
        config.put("slate.standins.state-file", file.toString());
        return config;
    }
}
