package app.slate.notifications.email;

import app.slate.notifications.delivery.Delivery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An email decided on but not yet rendered: the template's words in the reader's language (texts,
 * and lists of rows for a digest), extra headers and attachments. It is what waits through quiet
 * hours (as JSON), so a held message goes exactly as it was written.
 */
public record PendingEmail(Delivery delivery, String language, Map<String, Object> values, Map<String, String> headers,
                           List<Attachment> attachments) {

    public PendingEmail(Delivery delivery, String language, Map<String, ?> values) {
        this(delivery, language, new HashMap<>(values), Map.of(), List.of());
    }
}
