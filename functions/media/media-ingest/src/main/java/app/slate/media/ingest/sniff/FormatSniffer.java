package app.slate.media.ingest.sniff;

import app.slate.media.MediaFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a file really is, from its first bytes (magic numbers), whatever its name or declared
 * type says. Only Slate's formats are recognised; anything else is named for the rejection
 * reason when it is recognisable as something dangerous (an executable, a script, an archive).
 */
public final class FormatSniffer {

    /** How many leading bytes the sniffer needs. */
    public static final int HEAD = 64;

    private FormatSniffer() {
    }

    public record Sniffed(MediaFormat format, String description) {
        public static Sniffed of(MediaFormat format) {
            return new Sniffed(format, format.contentType());
        }

        public static Sniffed unknown(String description) {
            return new Sniffed(null, description);
        }
    }

    public static Sniffed sniff(byte[] head) {
        if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Sniffed.of(MediaFormat.JPEG);
        }
        if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Sniffed.of(MediaFormat.PNG);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Sniffed.of(MediaFormat.WEBP);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return Sniffed.of(MediaFormat.WAV);
        }
        if (ascii(head, 4, "ftyp") && head.length >= 12) {
            return isoMedia(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        }
        if (ascii(head, 0, "ID3") || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return Sniffed.of(MediaFormat.MP3);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Sniffed.of(MediaFormat.PDF);
        }
        return Sniffed.unknown(unknownKind(head));
    }

    /** ISO base media files (MP4, MOV, M4A, HEIC) say what they are in their ftyp box's major brand. */
    private static Sniffed isoMedia(String brand) {
        return switch (brand) {
            case "qt  " -> Sniffed.of(MediaFormat.MOV);
            case "M4A ", "M4B " -> Sniffed.of(MediaFormat.M4A);
            case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1" -> Sniffed.of(MediaFormat.HEIC);
            case "avif" -> Sniffed.unknown("an AVIF image");
            default -> Sniffed.of(MediaFormat.MP4);
        };
    }

    private static String unknownKind(byte[] head) {
        if (ascii(head, 0, "MZ")) {
            return "a Windows executable";
        }
        if (starts(head, 0, 0x7F, 'E', 'L', 'F')) {
            return "a Linux executable";
        }
        if (starts(head, 0, 0xCF, 0xFA, 0xED, 0xFE) || starts(head, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a macOS executable";
        }
        if (ascii(head, 0, "#!")) {
            return "a script";
        }
        if (ascii(head, 0, "PK")) {
            return "a ZIP archive";
        }
        if (ascii(head, 0, "GIF8")) {
            return "a GIF image";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase();
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<svg") || text.startsWith("<?xml")) {
            return "markup (HTML, SVG or XML)";
        }
        return "an unrecognised format";
    }

    private static boolean starts(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int offset, String expected) {
        byte[] bytes = expected.getBytes(StandardCharsets.ISO_8859_1);
        return head.length >= offset + bytes.length && Arrays.equals(head, offset, offset + bytes.length, bytes, 0, bytes.length);
    }
}
