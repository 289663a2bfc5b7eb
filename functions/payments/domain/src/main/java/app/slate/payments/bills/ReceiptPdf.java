package app.slate.payments.bills;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A payment's receipt as a one-page A4 PDF, in English with Arabic beside each heading: seller and
 * VAT number, buyer, what was bought and when, the amount with the VAT inside it (15% of riyal
 * amounts), and what was refunded. The font (DejaVu Sans, embedded as a subset) has Latin, Greek,
 * Cyrillic and Arabic; Arabic is shaped (ICU) and laid out right to left before it is drawn, since
 * PDF draws glyphs, not text. A character the font lacks prints as "?" rather than failing.
 */
public final class ReceiptPdf {

    /** Everything a receipt shows. */
    public record Receipt(String sellerName, String sellerAddress, String sellerVatNumber, String buyerName, String buyerCountry,
                          PaymentView payment, String planName) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final float MARGIN = 56;
    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt) {
        try (PDDocument document = new PDDocument(); InputStream font = ReceiptPdf.class.getResourceAsStream("/payments/fonts/DejaVuSans.ttf")) {
            PDType0Font sans = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Receipt " + number(receipt.payment()));
            info.setAuthor(receipt.sellerName());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Lines lines = new Lines(out, sans, page.getMediaBox().getHeight() - MARGIN, page.getMediaBox().getWidth());
                lines.pair(18, "Receipt", "إيصال");
                lines.gap();
                lines.text(11, receipt.sellerName());
                lines.text(10, receipt.sellerAddress());
                lines.pair(10, "VAT number " + receipt.sellerVatNumber(), "الرقم الضريبي");
                lines.gap();
                PaymentView payment = receipt.payment();
                lines.pair(10, "Receipt number: " + number(payment), "رقم الإيصال");
                lines.pair(10, "Paid on: " + (payment.paidAt() == null ? "-" : DAY.format(payment.paidAt())), "تاريخ الدفع");
                lines.pair(10, "Billed to: " + (receipt.buyerName() == null ? "-" : receipt.buyerName())
                        + (receipt.buyerCountry() == null ? "" : " (" + receipt.buyerCountry() + ")"), "العميل");
                lines.gap();
                String period = payment.periodStart() == null ? "" : " (" + DAY.format(payment.periodStart()) + " to "
                        + (payment.periodEnd() == null ? "-" : DAY.format(payment.periodEnd())) + ")";
                lines.pair(11, (receipt.planName() == null ? "Slate subscription" : "Slate " + receipt.planName()) + period, "الاشتراك");
                long net = payment.amountMinor() - payment.vatMinor();
                if (payment.vatMinor() > 0) {
                    lines.pair(10, "Amount before VAT: " + money(net, payment.currency()), "المبلغ قبل الضريبة");
                    lines.pair(10, "VAT 15%: " + money(payment.vatMinor(), payment.currency()), "ضريبة القيمة المضافة ١٥٪");
                } else {
                    lines.text(10, "No VAT charged.");
                }
                lines.pair(12, "Total paid: " + money(payment.amountMinor(), payment.currency()), "الإجمالي المدفوع");
                if (payment.refundedMinor() > 0) {
                    lines.pair(10, "Refunded: " + money(payment.refundedMinor(), payment.currency()), "المبلغ المسترد");
                }
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a receipt could not be drawn", e);
        }
    }

    static String money(long minor, String currency) {
        String amount = String.format(Locale.ROOT, "%,d.%02d", minor / 100, minor % 100);
        return "SAR".equals(currency) ? amount + " SAR (ر.س)" : amount + " " + currency;
    }

    private static String number(PaymentView payment) {
        return payment.receiptNumber() == null ? payment.id().toString() : payment.receiptNumber();
    }

    /**
     * Text as the glyphs to draw, left to right: Arabic letters in their joined forms, each run in
     * visual order (Bidi), and anything the font cannot show replaced by "?".
     */
    static String visual(String text, PDType0Font font) {
        String shaped;
        try {
            shaped = SHAPING.shape(text);
        } catch (ArabicShapingException e) {
            shaped = text;
        }
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        String ordered = bidi.writeReordered(Bidi.DO_MIRRORING);
        StringBuilder drawable = new StringBuilder();
        ordered.codePoints().forEach(c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                drawable.appendCodePoint(c);
            } catch (IOException | IllegalArgumentException missing) {
                drawable.append('?');
            }
        });
        return drawable.toString();
    }

    /** Writes lines down the page: English on the left, its Arabic heading on the right. */
    private static final class Lines {
        private final PDPageContentStream out;
        private final PDType0Font font;
        private final float width;
        private float y;

        Lines(PDPageContentStream out, PDType0Font font, float top, float width) {
            this.out = out;
            this.font = font;
            this.y = top;
            this.width = width;
        }

        void text(float size, String english) throws IOException {
            for (String line : wrap(english, size)) {
                draw(visual(line, font), size, MARGIN);
                y -= size * 1.5f;
            }
        }

        void pair(float size, String english, String arabic) throws IOException {
            String right = visual(arabic, font);
            draw(right, size, width - MARGIN - font.getStringWidth(right) / 1000 * size);
            text(size, english);
        }

        void gap() {
            y -= 10;
        }

        private void draw(String glyphs, float size, float x) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(glyphs);
            out.endText();
        }

        /** Splits at spaces so a line leaves room for the Arabic heading (about 60% of the page). */
        private List<String> wrap(String text, float size) throws IOException {
            float room = (width - 2 * MARGIN) * 0.62f;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(visual(candidate, font)) / 1000 * size > room) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
