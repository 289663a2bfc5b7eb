package app.slate.notifications.email;

import app.slate.platform.metrics.Metrics;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.delivery.DeliveryLog;
import app.slate.notifications.delivery.Suppressions;
import app.slate.notifications.outreach.PendingMessage;
import app.slate.notifications.templates.MessageTemplates;
import app.slate.notifications.templates.MessageTemplates.RenderedEmail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.MessageHeader;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.MessageTag;

/**
 * Email through Amazon SES v2: renders a template in the reader's language, sends it under the
 * configuration set (which reports deliveries, bounces and complaints) tagged with its template,
 * and records the attempt. A message SES refuses for good (a malformed or rejected address) is
 * recorded as failed and not retried, and so is one to an address that bounced for good or
 * complained before ({@link Suppressions}); anything else fails the event, which the queue retries, and
 * the delivery log keeps a message that already left from going twice.
 */
@ApplicationScoped
public class EmailChannel {

    private static final Logger LOG = Logger.getLogger(EmailChannel.class);
    static final String PROVIDER = "ses";

    private final SesV2Client ses;
    private final EmailConfig config;
    private final DeliveryLog log;
    private final Suppressions suppressions;
    private final MessageTemplates templates = new MessageTemplates();

    public EmailChannel(SesV2Client ses, EmailConfig config, DeliveryLog log, Suppressions suppressions) {
        this.ses = ses;
        this.config = config;
        this.log = log;
        this.suppressions = suppressions;
    }

    /** False when this message had already left for this event and person, or was refused. */
    public boolean send(Delivery delivery, String language, Map<String, ?> values) {
        return send(new PendingMessage(delivery, language, values));
    }

    /** With everything an email may carry: headers such as a one-click unsubscribe link, attachments. */
    public boolean send(PendingMessage pending) {
        Delivery delivery = pending.delivery();
        Optional<UUID> claimed = log.claim(delivery);
        if (claimed.isEmpty()) {
            return false;
        }
        if (suppressions.suppressed(delivery.address())) {
            log.failed(claimed.get(), "suppressed: this address bounced for good or complained");
            return false;
        }
        RenderedEmail rendered = templates.email(delivery.template(), pending.language(), pending.values());
        Email email = new Email(delivery.address(), rendered.subject(), rendered.text(), rendered.html(), pending.headers(),
                pending.attachments());
        try {
            log.sent(claimed.get(), PROVIDER, send(email, delivery.template()));
            Metrics.count("Notifications", Map.of("Channel", "EMAIL"));
            return true;
        } catch (MessageRejectedException | BadRequestException refused) {
            LOG.warnf("SES refused %s email for event %s: %s", delivery.template(), delivery.eventId(), refused.getMessage());
            log.failed(claimed.get(), refused.getMessage());
            return false;
        } catch (SdkException e) {
            log.failed(claimed.get(), e.getMessage());
            Metrics.count("ProviderErrors", Map.of("Provider", "ses"));
            throw e;
        }
    }

    private String send(Email email, String template) {
        return ses.sendEmail(request -> request
                .fromEmailAddress(config.from())
                .destination(to -> to.toAddresses(email.to()))
                .configurationSetName(config.configurationSet())
                .emailTags(MessageTag.builder().name("template").value(template).build())
                .content(content -> content.simple(message -> message
                        .subject(utf8(email.subject()))
                        .body(Body.builder().text(utf8(email.text())).html(utf8(email.html())).build())
                        .headers(headers(email))
                        .attachments(attachments(email)))))
                .messageId();
    }

    /** None at all rather than an empty list, which SES does not take. */
    private static List<MessageHeader> headers(Email email) {
        return email.headers().isEmpty() ? null : email.headers().entrySet().stream()
                .map(header -> MessageHeader.builder().name(header.getKey()).value(header.getValue()).build())
                .toList();
    }

    /** None at all rather than an empty list, as with headers. */
    private static List<software.amazon.awssdk.services.sesv2.model.Attachment> attachments(Email email) {
        return email.attachments().isEmpty() ? null : email.attachments().stream()
                .map(file -> software.amazon.awssdk.services.sesv2.model.Attachment.builder()
                        .fileName(file.fileName())
                        .contentType(file.contentType())
                        .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                        .rawContent(SdkBytes.fromUtf8String(file.content()))
                        .build())
                .toList();
    }

    private static Content utf8(String data) {
        return Content.builder().charset("UTF-8").data(data).build();
    }
}
