package app.slate.standins;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One message a channel's stand-in accepted, as the local mailbox shows it. For email: subject,
 * plain text, HTML and headers as SES received them.
 */
public record SentMessage(String channel, String id, List<String> to, String from, String subject, String text, String html,
                          Map<String, String> headers, Instant sentAt) {
}
