package app.slate.payments.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.slate.platform.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripeSignatureTest {

    private static final String SECRET = "whsec_test_secret";
    private static final String BODY = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"invoice.paid\",\"created\":1795338902,"
            + "\"api_version\":\"2026-07-29.dahlia\",\"data\":{\"object\":{\"id\":\"in_1\",\"object\":\"invoice\"}}}";
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final StripeSignature signature = new StripeSignature(List.of("whsec_old", SECRET), Duration.ofMinutes(5));

    @Test
    void aDeliverySignedWithAnyConfiguredSecret_withinTolerance_isTheEvent() throws Exception {
        long t = NOW.getEpochSecond() - 299;
        assertThat(signature.verify(BODY, "t=" + t + ",v1=" + StripeWebhookTest.sign(SECRET, t, BODY), CLOCK).getId()).isEqualTo("evt_1");
    }

    @Test
    void staleFutureForeignOrTampered_areRefusedWithAReason() throws Exception {
        long now = NOW.getEpochSecond();
        assertThat(refusal(BODY, "t=" + (now - 301) + ",v1=" + StripeWebhookTest.sign(SECRET, now - 301, BODY))).contains("old");
        assertThat(refusal(BODY, "t=" + (now + 301) + ",v1=" + StripeWebhookTest.sign(SECRET, now + 301, BODY))).contains("future");
        assertThat(refusal(BODY, "t=" + now + ",v1=" + StripeWebhookTest.sign("whsec_other", now, BODY))).contains("does not match");
        assertThat(refusal(BODY + " ", "t=" + now + ",v1=" + StripeWebhookTest.sign(SECRET, now, BODY))).contains("does not match");
        assertThat(refusal(BODY, null)).contains("required");
    }

    private String refusal(String body, String header) {
        return catchThrowableOfType(ProblemException.class, () -> signature.verify(body, header, CLOCK)).problem().detail();
    }
}
