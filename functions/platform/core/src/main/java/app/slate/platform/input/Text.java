package app.slate.platform.input;

import java.util.Optional;

/**
 * The one rule for text people send: no NUL (PostgreSQL refuses the byte), no other control
 * characters (they hide in logs and break e-mails and CSV exports), no half of a surrogate pair
 * (not a character at all); line breaks and tabs only in prose.
 */
public final class Text {

    private Text() {
    }

    /** Why the text is refused, or empty when it is acceptable. */
    public static Optional<String> refusal(String text, boolean prose) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLayout(c)) {
                if (!prose) {
                    return Optional.of("must be a single line (no tabs or line breaks)");
                }
            } else if (Character.isISOControl(c)) {
                return Optional.of("must not contain control characters such as U+%04X".formatted((int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be valid Unicode text (it holds half of a surrogate pair)");
            }
        }
        return Optional.empty();
    }

    private static boolean isLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}
