package app.slate.payments.bills;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.payments.bills.ReceiptPdf.Receipt;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private static final Instant PAID = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aRiyalReceipt_showsTheSeller_theBuyersArabicName_andTheVatInsideTheAmount() throws IOException {
        String text = text(ReceiptPdf.render(receipt("ليلى العتيبي", "SAR", 10900, 1422, 0)));
        assertThat(text).contains("Slate Casting LLC", "VAT number 300000000000003", "Receipt number: 4821-1093", "Paid on: 2 Dec 2026",
                "Slate Professional", "Amount before VAT: 94.78 SAR", "VAT 15%: 14.22 SAR", "Total paid: 109.00 SAR");
        // PDF text comes back as the glyphs drawn (joined forms, right to left): folded and reversed, it is the name.
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        assertThat(folded).satisfiesAnyOf(t -> assertThat(t).contains("ليلى العتيبي"),
                t -> assertThat(new StringBuilder(t).reverse().toString()).contains("ليلى العتيبي"));
    }

    @Test
    void aDollarReceipt_hasNoVat_showsRefunds_andEmbedsItsFont_andANameOutsideTheFontPrintsAsQuestionMarks() throws IOException {
        byte[] pdf = ReceiptPdf.render(receipt("王芳 Studio", "USD", 2900, 0, 1000));
        String text = text(pdf);
        assertThat(text).contains("No VAT charged.", "Total paid: 29.00 USD", "Refunded: 10.00 USD", "Billed to: ?? Studio (GB)");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        }
    }

    private static Receipt receipt(String buyer, String currency, long amount, long vat, long refunded) {
        PaymentView payment = new PaymentView(UUID.randomUUID(), "STRIPE", "PAID", "RENEWAL", "professional", amount, currency, vat, refunded,
                PAID, PAID.plusSeconds(30L * 86_400), PAID, "4821-1093", 1, null, PAID);
        return new Receipt("Slate Casting LLC", "King Fahd Road, Riyadh 12211", "300000000000003", buyer, "SAR".equals(currency) ? "SA" : "GB",
                payment, "Professional");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
