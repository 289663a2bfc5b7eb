package app.slate.casting.flier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.slate.casting.role.CastingRole;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import app.slate.casting.role.RoleDetails;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Fliers as files, without Quarkus: their sizes, a QR code that a scanner (ZXing's reader) reads
 * back as the role's link in every format, Arabic mirrored and joined, confidential projects
 * untitled in every language, and the longest texts a role may hold still leaving the code
 * readable. The files are also written to target/fliers for a look.
 */
class FlierFilesTest {

    private static final String LINK = "https://app.slate.example/roles/7f229440-5631-46c3-8bfa-c9d1377e49ce";

    @Test
    void eachFormatHasItsSize_andItsQrCodeOpensTheRole() throws Exception {
        FlierFacts facts = FlierFacts.of(FlierSamples.role(), FlierSamples.project("en-GB", false), LINK);

        BufferedImage square = png(FlierFormat.SQUARE, facts);
        BufferedImage story = png(FlierFormat.STORY, facts);
        assertThat(List.of(square.getWidth(), square.getHeight(), story.getWidth(), story.getHeight())).containsExactly(1080, 1080, 1080, 1920);
        assertThat(qr(square).getText()).isEqualTo(LINK);
        assertThat(qr(story).getText()).isEqualTo(LINK);

        try (PDDocument pdf = Loader.loadPDF(save(FlierFormat.PAGE, facts, "en-GB"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle paper = pdf.getPage(0).getMediaBox();
            assertThat(List.of(Math.round(paper.getWidth()), Math.round(paper.getHeight()))).containsExactly(595, 842);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Casting call: Maya Hart \u00b7 Lead role \u00b7 The Glass Orchard");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            PDAnnotationLink link = (PDAnnotationLink) pdf.getPage(0).getAnnotations().get(0);
            assertThat(((PDActionURI) link.getAction()).getURI()).isEqualTo(LINK);
            assertThat(qr(new PDFRenderer(pdf).renderImageWithDPI(0, 100)).getText()).isEqualTo(LINK);
        }
    }

    @Test
    void whatTheFlierSays_inEnglish() {
        FlierFacts facts = FlierFacts.of(FlierSamples.role(), FlierSamples.project("en-GB", false), LINK);

        assertThat(facts.rightToLeft()).isFalse();
        assertThat(facts.roleLine()).isEqualTo("Lead role \u00b7 The Glass Orchard");
        assertThat(facts.facts()).extracting(FlierFacts.Fact::label, FlierFacts.Fact::value).containsExactly(
                tuple("Pay", "\u00a3650 a day"), tuple("Please note", "Intimate scenes"), tuple("Playing age", "28\u201336"),
                tuple("Gender", "Female"), tuple("Location", "Manchester, United Kingdom"), tuple("Languages", "English \u00b7 Arabic"),
                tuple("Union", "Union members only"),
                tuple("Shooting", "1 Mar 2027 \u2013 30 Jun 2027"), tuple("Skills", "Horse riding \u00b7 Stage combat \u00b7 Mancunian"));
        assertThat(facts.required()).as("pay to union must show in every format").isEqualTo(7);
        assertThat(facts.applyBy()).isEqualTo("15 Jan 2027, 18:00 UTC");
    }

    @Test
    void arabicReadsRightToLeft_theQrCodeMovesLeft_andItsLettersAreJoined() throws Exception {
        FlierFacts arabic = FlierFacts.of(FlierSamples.role(), FlierSamples.project("ar-SA", false), LINK);
        FlierFacts english = FlierFacts.of(FlierSamples.role(), FlierSamples.project("en-GB", false), LINK);

        assertThat(arabic.rightToLeft()).isTrue();
        assertThat(arabic.headline()).isEqualTo("دعوة لتجارب الأداء");
        assertThat(arabic.facts().get(0).value()).isEqualTo("٦٥٠ جنيه إسترليني في اليوم");
        assertThat(arabic.facts().get(4).value()).isEqualTo("Manchester\u060c المملكة المتحدة");
        assertThat(arabic.applyBy()).startsWith("١٥ يناير ٢٠٢٧");
        assertThat(qrCentreX(png(FlierFormat.SQUARE, arabic))).isLessThan(540);
        assertThat(qrCentreX(png(FlierFormat.SQUARE, english))).isGreaterThan(540);
        assertThat(qr(png(FlierFormat.STORY, arabic)).getText()).isEqualTo(LINK);
        save(FlierFormat.PAGE, arabic, "ar-SA");

        // Shaped by Java's layout with the bundled font: joined forms, not the letters' isolated glyphs.
        String word = "العربية";
        Font font = FlierFonts.REGULAR.deriveFont(40f);
        FontRenderContext context = new FontRenderContext(null, true, true);
        GlyphVector isolated = font.createGlyphVector(context, word);
        GlyphVector shaped = font.layoutGlyphVector(context, word.toCharArray(), 0, word.length(), Font.LAYOUT_RIGHT_TO_LEFT);
        assertThat(codes(shaped)).doesNotContain(0).isNotEqualTo(codes(isolated));
        assertThat(FlierFonts.BOLD.canDisplayUpTo(arabic.headline())).isEqualTo(-1);
    }

    @Test
    void aConfidentialProjectIsUntitled_inEveryLanguage() {
        for (var expected : List.of(tuple("en", "Lead role \u00b7 Untitled series project"), tuple("ar", "دور رئيسي \u00b7 مسلسل بدون عنوان"),
                tuple("fr", "Rôle principal \u00b7 Série sans titre"), tuple("es", "Papel protagonista \u00b7 Serie sin título"))) {
            FlierFacts facts = FlierFacts.of(FlierSamples.role(), FlierSamples.project((String) expected.toArray()[0], true), LINK);
            assertThat(facts.roleLine()).isEqualTo(expected.toArray()[1]);
            assertThat(facts.toString()).doesNotContain("Glass Orchard");
        }
    }

    @Test
    void unpaidAndHourlyPay_andLetterPaperInTheUnitedStates() throws Exception {
        CastingRole role = FlierSamples.role();
        role.details = withPay(role.details, new RoleDetails.Pay(false, null, null, null, null));
        assertThat(FlierFacts.of(role, FlierSamples.project("es", false), LINK).facts().get(0).value()).isEqualTo("Sin remuneración");
        role.details = withPay(role.details, new RoleDetails.Pay(true, new BigDecimal("27.50"), "USD", RoleDetails.PayPeriod.HOUR, "plus travel"));
        FlierFacts american = FlierFacts.of(role, FlierSamples.project("en-US", false), LINK);
        assertThat(american.facts().get(0).value()).isEqualTo("$27.50 an hour \u00b7 plus travel");

        try (PDDocument pdf = Loader.loadPDF(FlierFiles.render(FlierFormat.PAGE, american))) {
            assertThat(Math.round(pdf.getPage(0).getMediaBox().getWidth())).isEqualTo(612);
        }
    }

    @Test
    void aLongNameAndEveryRequiredFact_allShowInEveryFormat() throws Exception {
        CastingRole role = FlierSamples.role();
        role.name = "Detective Sergeant Sarah Okafor-Whitfield";
        RoleDetails d = role.details;
        role.details = new RoleDetails(role.name, d.kind(), d.description(), d.playableAge(), List.of("FEMALE", "NON_BINARY"), d.ethnicities(),
                List.of("en", "ar", "fr"), d.skills(), d.accents(), new RoleDetails.RoleLocation("Manchester", "Greater Manchester", "GB", null, null),
                new RoleDetails.Pay(true, new BigDecimal("650"), "GBP", RoleDetails.PayPeriod.DAY, "plus travel and overnight stays"),
                d.union(), d.shooting(), d.deadline(), d.visibility(), d.requestedMedia(), d.sides(),
                new RoleDetails.Rider(RoleDetails.Nudity.PARTIAL, true, null));
        for (String locale : List.of("en-GB", "ar-SA", "fr-FR")) {
            FlierFacts facts = FlierFacts.of(role, FlierSamples.project(locale, false), LINK);
            assertThat(facts.required()).isEqualTo(7);
            for (int[] size : List.of(new int[] {1080, 1080}, new int[] {1080, 1920}, new int[] {1654, 2339})) {
                BufferedImage picture = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
                assertThat(FlierPainter.paint(picture.createGraphics(), size[0], size[1], facts).complete())
                        .as("%s at %dx%d", locale, size[0], size[1]).isTrue();
                if (size[0] == size[1]) {
                    ImageIO.write(picture, "png", Files.createDirectories(Path.of("target/fliers")).resolve("long-name-" + locale + ".png").toFile());
                    assertThat(qr(picture).getText()).isEqualTo(LINK);
                }
            }
        }
    }

    @Test
    void theLongestTextsARoleMayHold_stillLeaveTheQrCodeReadable() throws Exception {
        CastingRole role = FlierSamples.role();
        String longWord = "Supercalifragilisticexpialidocious".repeat(3);
        role.name = (longWord + " ").repeat(2).substring(0, 120);
        RoleDetails d = role.details;
        role.details = new RoleDetails(role.name, d.kind(), "Words without end. \u202Ereversed\u202C ".repeat(200).substring(0, 4000),
                d.playableAge(), List.of("FEMALE", "MALE", "NON_BINARY", "TRANSGENDER_FEMALE", "TRANSGENDER_MALE", "OTHER"), d.ethnicities(),
                List.of("en", "ar", "fr", "es", "de"), Collections.nCopies(10, "x".repeat(60)), Collections.nCopies(5, "y".repeat(60)),
                new RoleDetails.RoleLocation("c".repeat(100), "r".repeat(100), "GB", null, null),
                new RoleDetails.Pay(true, new BigDecimal("123456789.99"), "GBP", RoleDetails.PayPeriod.WEEK, "n ".repeat(150)),
                d.union(), d.shooting(), d.deadline(), d.visibility(), d.requestedMedia(), d.sides(),
                new RoleDetails.Rider(RoleDetails.Nudity.FULL, true, null));
        for (String locale : List.of("en", "ar")) {
            FlierFacts facts = FlierFacts.of(role, FlierSamples.project(locale, false), LINK);
            assertThat(qr(png(FlierFormat.SQUARE, facts)).getText()).isEqualTo(LINK);
            assertThat(qr(png(FlierFormat.STORY, facts)).getText()).isEqualTo(LINK);
        }
    }

    @Test
    void emojiFromAChatPostAreLeftOut_whileEveryLetterTheFontHasStays() {
        String pasted = "\uD83C\uDFAC Casting now \u2728 \uD83D\uDC49\uD83C\uDFFD Maya \u2605 \u2013 Zo\u00eb, \u041c\u0430\u0448\u0430, \u05e9\u05e8\u05d4, \u0644\u064a\u0644\u0649 \uFDFC";
        String printed = FlierPainter.tidy(FlierFonts.printable(pasted, FlierFonts.BOLD));
        assertThat(printed).isEqualTo("Casting now Maya \u2605 \u2013 Zo\u00eb, \u041c\u0430\u0448\u0430, \u05e9\u05e8\u05d4, \u0644\u064a\u0644\u0649");
        assertThat(FlierFonts.BOLD.canDisplayUpTo(printed)).isEqualTo(-1);
        assertThat(FlierFonts.missingLetter(pasted)).isEmpty();
        assertThat(FlierFonts.missingLetter("Yuki \u5c0f\u6797")).hasValue(0x5c0f);
        assertThat(FlierFonts.missingLetter("\u092a\u094d\u0930\u093f\u092f\u093e")).hasValue(0x092a);
    }

    @Test
    void aRoleWithLettersTheFontLacks_isRefusedNamingTheField() {
        CastingRole role = FlierSamples.role();
        role.name = "\u5c0f\u6797 Yuki";
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> FlierLetters.require(role, FlierSamples.project("en", false)));
        assertThat(refused.problem().status()).isEqualTo(422);
        assertThat(refused.problem().errors()).extracting(FieldError::field, FieldError::message)
                .containsExactly(tuple("role.name", "has Han letters (\"\u5c0f\"), which a flier cannot print yet"));

        role.name = "\uD83C\uDFAC\u2728";
        assertThat(catchThrowableOfType(ProblemException.class, () -> FlierLetters.require(role, FlierSamples.project("en", false)))
                .problem().errors()).extracting(FieldError::field).containsExactly("role.name");

        role.name = "\uD83C\uDFAC Maya Hart";
        FlierLetters.require(role, FlierSamples.project("en", false));
    }

    @Test
    void aDownloadIsNamedAfterTheRole() {
        assertThat(FlierDownloads.disposition("Maya Hart", FlierFormat.SQUARE))
                .isEqualTo("attachment; filename=\"maya-hart-square.png\"; filename*=UTF-8''Maya-Hart-square.png");
        assertThat(FlierDownloads.disposition("Zoë O'Brien (voice)", FlierFormat.PAGE))
                .isEqualTo("attachment; filename=\"zoe-o-brien-voice-page.pdf\"; filename*=UTF-8''Zo%C3%AB-O-Brien-voice-page.pdf");
        assertThat(FlierDownloads.disposition("ليلى", FlierFormat.STORY))
                .isEqualTo("attachment; filename=\"role-story.png\"; filename*=UTF-8''%D9%84%D9%8A%D9%84%D9%89-story.png");
    }

    private static BufferedImage png(FlierFormat format, FlierFacts facts) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(save(format, facts, facts.locale())));
    }

    private static byte[] save(FlierFormat format, FlierFacts facts, String name) throws Exception {
        byte[] file = FlierFiles.render(format, facts);
        Path folder = Files.createDirectories(Path.of("target/fliers"));
        Files.write(folder.resolve(name + "-" + format.file), file);
        return file;
    }

    private static Result qr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))));
    }

    private static float qrCentreX(BufferedImage image) throws Exception {
        return (float) Arrays.stream(qr(image).getResultPoints()).mapToDouble(point -> point.getX()).average().orElseThrow();
    }

    private static List<Integer> codes(GlyphVector glyphs) {
        return Arrays.stream(glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null)).boxed().toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static RoleDetails withPay(RoleDetails d, RoleDetails.Pay pay) {
        return new RoleDetails(d.name(), d.kind(), d.description(), d.playableAge(), d.genders(), d.ethnicities(), d.languages(), d.skills(),
                d.accents(), d.location(), pay, d.union(), d.shooting(), d.deadline(), d.visibility(), d.requestedMedia(), d.sides(), d.rider());
    }
}
