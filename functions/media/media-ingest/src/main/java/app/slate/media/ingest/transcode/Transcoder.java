package app.slate.media.ingest.transcode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks the transcoding provider for a job over HTTP. A 2xx means the job is accepted (or was
 * already, for the same reference); anything else fails the upload event, which SQS retries.
 */
@ApplicationScoped
public class Transcoder {

    private final TranscoderConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Transcoder(TranscoderConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public boolean configured() {
        return config.url().isPresent() && config.callbackUrl().isPresent();
    }

    public String callbackUrl() {
        return config.callbackUrl().orElseThrow();
    }

    public void start(TranscodeRequest job) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.url().orElseThrow()))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", job.jobReference())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(job)));
            config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the transcoder answered " + response.statusCode() + ": " + response.body());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException("the transcoder could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the transcoder", e);
        }
    }
}
