package app.slate.notifications.feedback;

import app.slate.notifications.delivery.DeliveryLog;
import app.slate.notifications.delivery.DeliveryStatus;
import app.slate.notifications.delivery.Suppressions;
import app.slate.notifications.inbox.Inbox;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.NotificationEvents.EmailFeedback;
import app.slate.platform.events.NotificationEvents.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What SES reports after it accepted an email: delivered, bounced, complained about. The delivery
 * log row moves forward; an address that bounced for good or complained is suppressed; and the
 * person whose address bounced is told in the app (email cannot tell them), once per report.
 * A transient bounce (a full mailbox) is noted on the row and changes nothing else: SES retries it.
 */
@ApplicationScoped
public class EmailFeedbackReports {

    private final DeliveryLog log;
    private final Suppressions suppressions;
    private final Inbox inbox;

    public EmailFeedbackReports(DeliveryLog log, Suppressions suppressions, Inbox inbox) {
        this.log = log;
        this.suppressions = suppressions;
        this.inbox = inbox;
    }

    public void apply(EventEnvelope event, EmailFeedback feedback) {
        String messageId = feedback.mail() == null ? null : feedback.mail().messageId();
        if (messageId == null || feedback.kind() == null) {
            return;
        }
        switch (feedback.kind()) {
            case "Delivery" -> (feedback.mail().destination() == null ? List.<String>of() : feedback.mail().destination()).forEach(address ->
                    log.reported(messageId, address, DeliveryStatus.DELIVERED, null));
            case "Bounce" -> bounced(event, messageId, feedback);
            case "Complaint" -> recipients(feedback.complaint() == null ? null : feedback.complaint().complainedRecipients()).forEach(r -> {
                suppressions.suppress(r.emailAddress(), Suppressions.Reason.COMPLAINT);
                log.reported(messageId, r.emailAddress(), DeliveryStatus.COMPLAINED, "complaint: " + feedback.complaint().complaintFeedbackType());
            });
            default -> { } // Send, Reject, Open, Click...: the log already knows, or Slate does not track them.
        }
    }

    private void bounced(EventEnvelope event, String messageId, EmailFeedback feedback) {
        boolean permanent = feedback.bounce().permanent();
        for (Recipient recipient : recipients(feedback.bounce().bouncedRecipients())) {
            String detail = feedback.bounce().bounceType() + " bounce: " + (recipient.diagnosticCode() == null ? feedback.bounce().bounceSubType()
                    : recipient.diagnosticCode());
            if (!permanent) {
                log.reported(messageId, recipient.emailAddress(), DeliveryStatus.SENT, detail);
                continue;
            }
            suppressions.suppress(recipient.emailAddress(), Suppressions.Reason.BOUNCE);
            log.reported(messageId, recipient.emailAddress(), DeliveryStatus.BOUNCED, detail).ifPresent(account ->
                    inbox.deliver(account.toString(), event.id(), event.type(), "We could not deliver email to " + recipient.emailAddress(),
                            "Messages to this address bounce, so Slate has stopped emailing it. Check the address in your account settings.",
                            "/me", event.occurredAt()));
        }
    }

    private static List<Recipient> recipients(List<Recipient> recipients) {
        return recipients == null ? List.of() : recipients;
    }
}
