package app.slate.payments.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "slate.payment-webhook")
public interface WebhookConfig {

    /** Stripe's signing secrets for this endpoint (whsec_...): two while one is rolled. */
    Optional<List<String>> stripeSecrets();

    /** The secret tokens Moyasar's webhook was registered with (its body's secret_token): two while one is rolled. */
    Optional<List<String>> moyasarSecrets();

    /** How far a delivery's signed time may be from now, either way (Stripe's own tolerance is five minutes). */
    @WithDefault("PT5M")
    Duration tolerance();

    /** The payments queue, which the payments worker applies deliveries from. */
    String queueUrl();
}
