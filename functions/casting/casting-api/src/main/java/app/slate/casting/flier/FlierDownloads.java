package app.slate.casting.flier;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * How a flier's file is named when downloaded (RFC 6266): "maya-hart-square.png" in plain ASCII
 * for every browser ("role" when no letter is left, as of an Arabic name), and the name as written,
 * "ليلى-square.png", for those that read {@code filename*}.
 */
final class FlierDownloads {

    private static final int LONGEST = 60;

    private FlierDownloads() {
    }

    static String disposition(String role, FlierFormat format) {
        String ascii = dashed(Normalizer.normalize(role, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT), "[^a-z0-9]+");
        String written = dashed(role, "[^\\p{L}\\p{N}\\p{M}]+");
        return "attachment; filename=\"" + ascii + "-" + format.file + "\"; filename*=UTF-8''" + percentEncoded(written + "-" + format.file);
    }

    /** Each run of separators becomes one dash, and the name at most 60 characters; "role" when nothing is left. */
    private static String dashed(String name, String separators) {
        String dashed = name.replaceAll(separators, "-").replaceAll("^-|-$", "");
        String cut = dashed.substring(0, dashed.offsetByCodePoints(0, Math.min(LONGEST, dashed.codePointCount(0, dashed.length()))));
        return cut.isEmpty() ? "role" : cut.replaceAll("-$", "");
    }

    /** UTF-8 bytes, percent-encoded but for ASCII letters, digits, dash, dot and underscore (RFC 8187). */
    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "-._".indexOf(c) >= 0);
            encoded.append(plain ? String.valueOf((char) c) : "%%%02X".formatted(c));
        }
        return encoded.toString();
    }
}
