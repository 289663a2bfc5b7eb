package app.slate.notifications.outreach;

import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.email.Attachment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A message decided on but not yet rendered, for one channel and address (the delivery's): the
 * template's words in the reader's language (texts, and lists of rows for a digest), and for email
 * extra headers and attachments. It is what waits through quiet hours (as JSON), so a held message
 * goes exactly as it was written.
 */
public record PendingMessage(Delivery delivery, String language, Map<String, Object> values, Map<String, String> headers,
                             List<Attachment> attachments) {

    public PendingMessage(Delivery delivery, String language, Map<String, ?> values) {
        this(delivery, language, new HashMap<>(values), Map.of(), List.of());
    }
}
