package app.slate.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The notifications context's own events. What comes back from email providers: SES publishes each
 * delivery, bounce and complaint of a message sent under Slate's configuration set to an SNS topic,
 * which puts it on the email feedback queue; the notifications worker reads the SNS notification as
 * an event of this type (its id the SNS message id); nothing writes it to the outbox. And a number
 * set for SMS, which the worker sends a code to.
 */
public final class NotificationEvents {

    public static final String EMAIL_AGGREGATE = "email";
    public static final String PHONE_AGGREGATE = "phone";

    public static final EventType<EmailFeedback> EMAIL_FEEDBACK =
            EventType.external("notifications.email-feedback", EMAIL_AGGREGATE, EmailFeedback.class, Subscriber.NOTIFICATIONS);
    public static final EventType<PhoneVerificationRequested> PHONE_VERIFICATION_REQUESTED = EventType.routed(
            "notifications.phone-verification-requested", PHONE_AGGREGATE, PhoneVerificationRequested.class, Subscriber.NOTIFICATIONS);

    /** A person set this number for SMS: it gets a code to prove they hold it. */
    public record PhoneVerificationRequested(UUID accountId, String number) {
    }

    private NotificationEvents() {
    }

    /**
     * An SES event as SES writes it: {@code eventType} from a configuration set's event destination,
     * {@code notificationType} from an identity's notifications; the same shape otherwise.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EmailFeedback(String eventType, String notificationType, Mail mail, Bounce bounce, Complaint complaint) {

        public String kind() {
            return eventType != null ? eventType : notificationType;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mail(String messageId, Instant timestamp, List<String> destination) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bounce(String bounceType, String bounceSubType, List<Recipient> bouncedRecipients) {

        /** A permanent bounce: the address does not exist or refuses Slate for good. */
        public boolean permanent() {
            return "Permanent".equals(bounceType);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Complaint(List<Recipient> complainedRecipients, String complaintFeedbackType) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String emailAddress, String diagnosticCode) {
    }
}
