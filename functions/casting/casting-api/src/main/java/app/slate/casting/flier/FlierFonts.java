package app.slate.casting.flier;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/**
 * DejaVu Sans, shipped inside the function (its licence beside it) rather than taken from the
 * machine: Lambda's runtime has no fonts, and DejaVu covers Latin and Arabic, whose letters Java's
 * text layout joins and orders right to left. It has no emoji and no letters of scripts such as
 * Han, Devanagari or Thai: symbols it lacks are left out of a flier, and a text with letters it
 * lacks is refused rather than printed as empty boxes.
 */
final class FlierFonts {

    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private FlierFonts() {
    }

    /** The first letter or digit of the text that either font lacks. */
    static OptionalInt missingLetter(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
                .filter(letter -> !REGULAR.canDisplay(letter) || !BOLD.canDisplay(letter)).findFirst();
    }

    /**
     * The text without the symbols the font lacks: casting calls pasted from chat apps are full
     * of emoji, which no font of ours draws. Letters are kept ({@link #missingLetter} refuses those).
     */
    static String printable(String text, Font font) {
        return text.codePoints().filter(c -> font.canDisplay(c) || Character.isLetterOrDigit(c) || Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
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
