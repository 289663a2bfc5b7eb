package app.slate.local.mailbox;

import app.slate.standins.SentMessage;
import java.util.List;

/** The mailbox as one HTML page: a message per section, its HTML body shown in a sandboxed frame. */
final class MailboxPage {

    private MailboxPage() {
    }

    static String render(List<SentMessage> messages, String recipient) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Slate local mailbox</title>
                <style>body{font-family:system-ui,sans-serif;margin:24px;background:#f4f2ee;color:#1d1b18}
                section{background:#fff;border-radius:8px;padding:16px;margin:0 0 16px}
                .meta{color:#6b665e;font-size:13px}pre{white-space:pre-wrap}iframe{width:100%;height:420px;border:1px solid #ddd}</style>
                </head><body><h1>Slate local mailbox</h1>
                """);
        page.append("<p class=\"meta\">").append(messages.size()).append(" message(s)")
                .append(recipient == null ? "" : " to " + escape(recipient))
                .append(" &middot; JSON at <a href=\"/local/messages\">/local/messages</a></p>");
        for (SentMessage message : messages) {
            page.append("<section><h2>").append(escape(message.subject())).append("</h2><p class=\"meta\">")
                    .append(escape(message.channel())).append(" &middot; to ").append(escape(String.join(", ", message.to())))
                    .append(" &middot; from ").append(escape(message.from())).append(" &middot; ").append(message.sentAt())
                    .append("</p>");
            if (message.html() != null) {
                page.append("<iframe sandbox srcdoc=\"").append(escape(message.html())).append("\"></iframe>");
            }
            if (message.text() != null) {
                page.append("<details><summary>Plain text</summary><pre>").append(escape(message.text())).append("</pre></details>");
            }
            page.append("</section>");
        }
        return page.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
