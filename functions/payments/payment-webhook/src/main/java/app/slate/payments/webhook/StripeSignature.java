package app.slate.payments.webhook;

import app.slate.platform.http.webhook.SignatureRefused;
import app.slate.platform.problem.ProblemException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">[,v1=...]}, checked by
 * Stripe's own library against each configured secret (during a rotation Stripe signs with both,
 * and either secret may be the one configured). The library refuses a delivery older than the
 * tolerance; one signed further in the future than that is refused here too.
 */
final class StripeSignature {

    private static final Pattern TIMESTAMP = Pattern.compile("(?:^|,)\\s*t=(\\d{1,12})(?:,|$)");

    private final List<String> secrets;
    private final Duration tolerance;

    StripeSignature(List<String> secrets, Duration tolerance) {
        this.secrets = secrets.stream().map(String::strip).filter(secret -> !secret.isEmpty()).toList();
        this.tolerance = tolerance;
    }

    Event verify(String body, String header, Clock clock) {
        if (header == null || header.isBlank()) {
            throw SignatureRefused.because("Stripe-Signature is required.");
        }
        Matcher timestamp = TIMESTAMP.matcher(header);
        if (!timestamp.find()) {
            throw SignatureRefused.because("Stripe-Signature has no timestamp.");
        }
        if (Long.parseLong(timestamp.group(1)) > Instant.now(clock).plus(tolerance).getEpochSecond()) {
            throw SignatureRefused.because("The delivery is signed more than " + tolerance.toMinutes() + " minutes in the future.");
        }
        for (String secret : secrets) {
            try {
                return Webhook.constructEvent(body, header, secret, tolerance.toSeconds(), clock);
            } catch (SignatureVerificationException wrongSecretOrStale) {
                // Another configured secret may be the one it was signed with.
            } catch (RuntimeException notAnEvent) {
                throw ProblemException.invalid("body", "is signed but is not a Stripe event");
            }
        }
        throw SignatureRefused.because(secrets.isEmpty() ? "No Stripe signing secret is configured here."
                : "The signature does not match this delivery, or it is more than " + tolerance.toMinutes() + " minutes old.");
    }
}
