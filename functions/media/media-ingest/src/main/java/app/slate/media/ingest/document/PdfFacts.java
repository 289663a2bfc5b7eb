package app.slate.media.ingest.document;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What a PDF must be before Slate keeps it: readable, not password-protected (sides are
 * watermarked per reader, which needs the text), and of a length a script or sides can have.
 * PDFBox reads the file from disk; only the page tree is walked.
 */
public final class PdfFacts {

    /** Longer than any screenplay; more is not sides or a CV. */
    static final int MAX_PAGES = 500;

    private PdfFacts() {
    }

    /** Why the PDF is refused, or null when it is acceptable. */
    public static String refusal(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted()) {
                return "The PDF is encrypted; upload it without a password or restrictions.";
            }
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                return "The PDF has %d pages; Slate accepts at most %d.".formatted(pages, MAX_PAGES);
            }
            if (pages == 0) {
                return "The PDF has no pages.";
            }
            return null;
        } catch (InvalidPasswordException locked) {
            return "The PDF is password-protected; upload it without a password.";
        } catch (IOException | RuntimeException damaged) {
            return "The PDF could not be read: the file is damaged or incomplete.";
        }
    }
}
