package app.slate.casting.flier;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * A flier's files. The PDF's page is the painted image, not PDF text: PDFBox lays text out glyph
 * by glyph and would print Arabic unjoined and left to right, while Java's text layout gets it
 * right; the QR code and link are a live link on the page all the same.
 */
public final class FlierFiles {

    /** Where paper is Letter rather than A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR");

    private FlierFiles() {
    }

    public static byte[] render(FlierFormat format, FlierFacts facts) {
        return format == FlierFormat.PAGE ? page(facts) : png(image(facts, format.width, format.height).picture());
    }

    private record Painted(BufferedImage picture, FlierPainter.Layout layout) {
    }

    private static Painted image(FlierFacts facts, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            return new Painted(picture, FlierPainter.paint(g, width, height, facts));
        } finally {
            g.dispose();
        }
    }

    private static byte[] png(BufferedImage picture) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(FlierFacts facts) {
        boolean letter = LETTER_COUNTRIES.contains(Locale.forLanguageTag(facts.locale()).getCountry());
        PDRectangle paper = letter ? PDRectangle.LETTER : PDRectangle.A4;
        // 200 dots an inch across the paper's width.
        int width = Math.round(paper.getWidth() / 72 * 200);
        Painted painted = image(facts, width, Math.round(width * paper.getHeight() / paper.getWidth()));
        float scale = paper.getWidth() / width;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(paper);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, painted.picture()), 0, 0, paper.getWidth(), paper.getHeight());
            }
            page.getAnnotations().add(link(facts.link(), painted.layout().link(), scale, paper.getHeight()));
            PDDocumentInformation about = document.getDocumentInformation();
            about.setTitle(FlierPainter.tidy(facts.headline() + ": " + facts.role() + " \u00b7 " + facts.roleLine()));
            about.setCreator("Slate");
            about.setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage(facts.locale());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The painted link area (pixels, from the top) as a link on the page (points, from the bottom). */
    private static PDAnnotationLink link(String uri, Rectangle area, float scale, float pageHeight) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(area.x * scale, pageHeight - (area.y + area.height) * scale,
                area.width * scale, area.height * scale));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDActionURI open = new PDActionURI();
        open.setURI(uri);
        link.setAction(open);
        return link;
    }
}
