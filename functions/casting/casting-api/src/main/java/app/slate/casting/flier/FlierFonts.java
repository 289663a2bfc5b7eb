package app.slate.casting.flier;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped inside the function (its licence beside it) rather than taken from the
 * machine: Lambda's runtime has no fonts, and DejaVu covers Latin and Arabic, whose letters Java's
 * text layout joins and orders right to left.
 */
final class FlierFonts {

    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private FlierFonts() {
    }

    private static Font load(String name) {
        try (InputStream in = FlierFonts.class.getResourceAsStream("/fliers/" + name)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the flier font " + name + " is not a TrueType font", e);
        }
    }
}
