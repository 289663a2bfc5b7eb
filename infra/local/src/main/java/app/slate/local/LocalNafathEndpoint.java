package app.slate.local;

import app.slate.identity.verification.AuthenticaConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the Authentica stand-in where this local cloud takes Nafath's webhook, and with which
 * password, as an operator sets both once in Authentica's portal for the deployed API.
 */
@ApplicationScoped
public class LocalNafathEndpoint {

    private static final Logger LOG = Logger.getLogger(LocalNafathEndpoint.class);

    void register(@Observes StartupEvent started, AuthenticaConfig authentica,
                  @ConfigProperty(name = "slate.local.nafath-webhook-url") String url,
                  @ConfigProperty(name = "slate.webhooks.nafath-secrets") List<String> passwords) {
        String body = "{\"url\":\"%s\",\"password\":\"%s\"}".formatted(url, passwords.get(0));
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authentica.apiBase() + "/control/webhook"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("the Authentica stand-in did not take the webhook (" + answer.statusCode() + ")");
            }
            LOG.infof("Authentica stand-in delivers Nafath webhooks to %s", url);
        } catch (IOException e) {
            throw new IllegalStateException("the Authentica stand-in did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
