package app.slate.talent.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import app.slate.talent.profile.Credit;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files that are not readable CVs get a sentence the talent understands, never a stack trace; odd text is still read. */
class CvTextTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @Test
    void aLockedPdf_saysToSendAnUnlockedCopy() throws IOException {
        assertThatThrownBy(() -> CvText.lines(Files.readAllBytes(HOSTILE.resolve("locked.pdf")), CvFormat.PDF))
                .isInstanceOf(CvUnreadable.class).hasMessageContaining("password");
    }

    @Test
    void aPdfWithoutText_asksForTheTextToBePasted() throws IOException {
        assertThatThrownBy(() -> CvText.lines(Files.readAllBytes(HOSTILE.resolve("drawing-no-text.pdf")), CvFormat.PDF))
                .isInstanceOf(CvUnreadable.class).hasMessageContaining("paste");
    }

    @Test
    void bytesThatAreNotTheirFormat_areUnreadable() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> CvText.lines(noise, CvFormat.PDF)).isInstanceOf(CvUnreadable.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> CvText.lines(noise, CvFormat.DOCX)).isInstanceOf(CvUnreadable.class).hasMessageContaining("Word");
        assertThatThrownBy(() -> CvText.lines(new byte[0], CvFormat.TEXT)).isInstanceOf(CvUnreadable.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> CvText.lines(new byte[CvText.MAX_BYTES + 1], CvFormat.TEXT)).isInstanceOf(CvUnreadable.class)
                .hasMessageContaining("4 MB");
    }

    @Test
    void aWordFileThatInflatesBeyondAnyCv_isRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
        }
        assertThat(zip.size()).isLessThan(CvText.MAX_BYTES);
        assertThatThrownBy(() -> CvText.lines(zip.toByteArray(), CvFormat.DOCX)).isInstanceOf(CvUnreadable.class);
    }

    @Test
    void textFromAnOldWindowsProgram_isReadAsItsCodePage() {
        byte[] windows = "Sofía Marín\r\nLanguages: Spanish (native)\r\n".getBytes(Charset.forName("windows-1252"));
        assertThat(CvText.lines(windows, CvFormat.TEXT)).containsExactly("Sofía Marín", "Languages: Spanish (native)");
    }

    @Test
    void aMegabyteOfOneLine_isReadInBoundedTime() {
        String line = "Skills: " + "juggling, ".repeat(350_000);
        long started = System.nanoTime();
        CvReader.Reading reading = CvReader.read(CvText.lines(line.getBytes(), CvFormat.TEXT));
        assertThat(reading.proposals()).first().extracting(CvProposal::value).hasFieldOrPropertyWithValue("name", "juggling");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void hostileLongLines_areReadInBoundedTime() {
        String spaces = " ".repeat(59_000);
        String dots = ".b".repeat(29_000);
        for (String hostile : List.of("FILM\nSaltwater" + spaces + "x\t2024\tLina", "Languages: English" + spaces + "x",
                "Agent: " + "a".repeat(59_000), "Agent: x@a" + dots, "Skills: " + "(".repeat(30_000))) {
            long started = System.nanoTime();
            CvReader.read(CvText.lines(hostile.getBytes(StandardCharsets.UTF_8), CvFormat.TEXT));
            assertThat((System.nanoTime() - started) / 1_000_000).as(hostile.substring(0, 20)).isLessThan(2_000);
        }
    }

    @Test
    void controlCharactersAndHalfSurrogates_neverReachAProposal() {
        String text = "FILM\nSalt\u0000water\u0007 (2024) - Li\ud800na - Red Sea Films\n";
        CvReader.Reading reading = CvReader.read(CvText.lines(text.getBytes(StandardCharsets.UTF_8), CvFormat.TEXT));
        Credit credit = (Credit) reading.proposals().get(0).value();
        assertThat(credit.title()).isEqualTo("Saltwater");
        assertThat(credit.role()).doesNotContain("\ud800");
        assertThat(CvText.clip("a".repeat(199) + "😀", 200)).hasSize(199);
    }

    @Test
    void titlesThatLookLikeLabelsOrHeaders_stayCredits() {
        String text = String.join("\n", "FILM", "Agent Carter (2015) - Peggy - ABC", "Hello, Dolly! (2019) - Dolly - Pinewood",
                "THEATRE", "Hamlet\tOphelia\tPlay\tNational Theatre\t2019", "Macbeth\tLady Macbeth\tPlay\tRoyal Exchange\t2021");
        List<String> titles = CvReader.read(CvText.lines(text.getBytes(StandardCharsets.UTF_8), CvFormat.TEXT)).proposals().stream()
                .filter(p -> p.value() instanceof Credit).map(p -> ((Credit) p.value()).title()).toList();
        assertThat(titles).containsExactly("Agent Carter", "Hello, Dolly!", "Hamlet", "Macbeth");
    }
}
