package app.slate.casting.selftape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps sides with who received them and when: a faint diagonal line across every page and a
 * plain footer, so a leaked copy names its source. The stamp is drawn into each page's content,
 * not added as an annotation a viewer could hide.
 */
public final class SidesWatermark {

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private SidesWatermark() {
    }

    public static byte[] apply(byte[] pdf, String recipient, LocalDate date) {
        String stamp = printable(recipient) + " \u00b7 " + date + " \u00b7 Slate";
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096)) {
            for (PDPage page : document.getPages()) {
                stampPage(document, page, stamp);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the sides are not a readable PDF", e);
        }
    }

    private static void stampPage(PDDocument document, PDPage page, String stamp) throws IOException {
        PDRectangle box = page.getMediaBox();
        float diagonalSize = Math.min(box.getWidth(), box.getHeight()) / 14;
        float diagonalWidth = FONT.getStringWidth(stamp) / 1000 * diagonalSize;
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        float startX = (float) (box.getLowerLeftX() + box.getWidth() / 2 - Math.cos(angle) * diagonalWidth / 2);
        float startY = (float) (box.getLowerLeftY() + box.getHeight() / 2 - Math.sin(angle) * diagonalWidth / 2);
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.15f);
            content.saveGraphicsState();
            content.setGraphicsStateParameters(faint);
            content.setNonStrokingColor(0.6f, 0f, 0f);
            content.beginText();
            content.setFont(FONT, diagonalSize);
            content.setTextMatrix(Matrix.getRotateInstance(angle, startX, startY));
            content.showText(stamp);
            content.endText();
            content.restoreGraphicsState();

            content.beginText();
            content.setFont(FONT, 8);
            content.setNonStrokingColor(0.3f, 0.3f, 0.3f);
            content.newLineAtOffset(box.getLowerLeftX() + 24, box.getLowerLeftY() + 14);
            content.showText("Confidential sides for " + stamp);
            content.endText();
        }
    }

    /** The standard fonts print Latin-1 only; other letters become '?' rather than failing the request. */
    static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> printable.append(c >= 0x20 && c <= 0xFF ? (char) c : '?'));
        return printable.toString();
    }
}
