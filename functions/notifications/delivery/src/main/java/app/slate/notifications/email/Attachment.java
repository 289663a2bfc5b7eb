package app.slate.notifications.email;

/** A text file sent with an email, such as a calendar invitation ({@code text/calendar}). */
public record Attachment(String fileName, String contentType, String content) {
}
