package app.slate.notifications.email;

import java.util.List;
import java.util.Map;

/** One email as it is handed to SES: a rendered subject, plain-text and HTML bodies, extra headers and attachments. */
public record Email(String to, String subject, String text, String html, Map<String, String> headers, List<Attachment> attachments) {
}
