package app.slate.standins;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One message a channel's stand-in accepted, as the local mailbox shows it. For email: subject,
 * plain text, HTML, headers and attachments as SES received them.
 */
public record SentMessage(String channel, String id, List<String> to, String from, String subject, String text, String html,
                          Map<String, String> headers, List<File> attachments, Instant sentAt) {

    /** An attached file, its content decoded as UTF-8 text (Slate attaches calendar invitations). */
    public record File(String fileName, String contentType, String content) {
    }
}
