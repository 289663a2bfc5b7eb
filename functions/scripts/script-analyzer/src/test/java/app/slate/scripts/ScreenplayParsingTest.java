package app.slate.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.scripts.breakdown.CharacterBreakdown;
import app.slate.scripts.breakdown.ScriptBreakdown;
import app.slate.scripts.draft.FromIntroduction;
import app.slate.scripts.draft.RoleDraft;
import app.slate.scripts.parse.Cue;
import app.slate.scripts.parse.FdxParser;
import app.slate.scripts.parse.FountainParser;
import app.slate.scripts.parse.Paragraph;
import app.slate.scripts.parse.PdfScreenplay;
import app.slate.scripts.parse.ScriptUnreadable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Screenplays written for these tests, with the cues that trip parsers up. */
class ScreenplayParsingTest {

    @Test
    void cueExtensionsAreNotPartOfTheName() {
        assertThat(Cue.parse("MAYA HART (CONT'D)")).isEqualTo(new Cue("MAYA HART", List.of("CONT'D")));
        assertThat(Cue.parse("TOM (O.S.) (CONT’D)")).isEqualTo(new Cue("TOM", List.of("O.S.", "CONT'D")));
        assertThat(Cue.parse("@McCLANE")).isEqualTo(new Cue("MCCLANE", List.of()));
        assertThat(Cue.parse("BRICK ^")).isEqualTo(new Cue("BRICK", List.of()));
    }

    @Test
    void fountain_scenesCuesDialogueAndIntroductions() {
        ScriptBreakdown script = ScriptBreakdown.of(FountainParser.parse(read("glass-orchard.fountain")));

        assertThat(script.scenes()).containsExactly("INT. ORCHARD HOUSE - KITCHEN - NIGHT", "EXT. ORCHARD - CONTINUOUS",
                "FLASHBACK - THE ORCHARD IN SPRING", "INT. CAR - DAY");
        Map<String, CharacterBreakdown> cast = byName(script);
        // The boneyard's TOM line, the note and the group cue BOTH are not the cast's.
        assertThat(cast.keySet()).containsExactly("MAYA HART", "TOM", "YOUNG MAYA", "MCCLANE", "DR. OKAFOR");

        CharacterBreakdown maya = cast.get("MAYA HART");
        assertThat(maya.lines()).isEqualTo(3);
        assertThat(maya.words()).isEqualTo(2 + 7 + 9);
        assertThat(maya.scenes()).containsExactly(1, 2);
        assertThat(maya.firstScene()).isEqualTo(1);
        // The sentence that introduces her and the one that goes on about her, not the paragraph's weather.
        assertThat(maya.introducedAs()).isEqualTo("MAYA HART (30s), guarded and funny, scrubs a pan that is already clean. She does not look up.");
        assertThat(maya.extensions()).containsExactly("CONT'D");

        CharacterBreakdown tom = cast.get("TOM");
        assertThat(tom.lines()).isEqualTo(2);
        assertThat(tom.extensions()).containsExactly("O.S.");
        assertThat(tom.introducedAs()).isEqualTo("Tom, 20s, soaked, steps in: her younger brother, all nerves.");
        assertThat(cast.get("YOUNG MAYA").extensions()).containsExactly("V.O.");
        assertThat(cast.get("DR. OKAFOR").scenes()).containsExactly(4);
    }

    @Test
    void draftsTakeKindAgeAndGenderFromTheScript() {
        ScriptBreakdown script = ScriptBreakdown.of(FountainParser.parse(read("glass-orchard.fountain")));
        Map<String, RoleDraft> drafts = script.characters().stream()
                .map(c -> FromIntroduction.draft(c, script, 0)).collect(Collectors.toMap(RoleDraft::characterName, Function.identity()));

        RoleDraft maya = drafts.get("MAYA HART");
        assertThat(maya.kind()).isEqualTo("LEAD");
        assertThat(maya.ageMin()).isEqualTo(30);
        assertThat(maya.ageMax()).isEqualTo(39);
        assertThat(maya.gender()).isEqualTo("FEMALE");
        RoleDraft tom = drafts.get("TOM");
        assertThat(tom.ageMin()).isEqualTo(20);
        assertThat(tom.gender()).as("'her younger brother' describes him; 'her' is Maya").isEqualTo("MALE");
        assertThat(drafts.get("YOUNG MAYA").kind()).isEqualTo("VOICE");
        RoleDraft doctor = drafts.get("DR. OKAFOR");
        assertThat(doctor.ageMin()).isEqualTo(57);
        assertThat(doctor.ageMax()).isEqualTo(63);
        assertThat(doctor.gender()).isEqualTo("MALE");
        assertThat(drafts.get("MCCLANE").description()).isEqualTo("MCCLANE speaks 1 line(s) in 1 scene(s).");
    }

    @Test
    void finalDraft_paragraphTypesAndStyledRuns() throws IOException {
        List<Paragraph> paragraphs = FdxParser.parse(bytes("glass-orchard.fdx"));
        ScriptBreakdown script = ScriptBreakdown.of(paragraphs);

        assertThat(script.scenes()).containsExactly("INT. ORCHARD HOUSE - KITCHEN - NIGHT", "EXT. ORCHARD - CONTINUOUS");
        assertThat(paragraphs).noneMatch(p -> p.text().equals("THE GLASS ORCHARD"));
        CharacterBreakdown maya = byName(script).get("MAYA HART");
        assertThat(maya.lines()).isEqualTo(3);
        assertThat(maya.extensions()).containsExactly("CONT'D");
        assertThat(maya.introducedAs()).isEqualTo("MAYA HART (30s), guarded and funny, scrubs a pan. She does not look up.");
        assertThat(byName(script).get("TOM").extensions()).containsExactly("O.S.");
    }

    @Test
    void finalDraft_refusesExternalEntities() throws IOException {
        byte[] hostile = bytes("xxe.fdx");
        assertThatThrownBy(() -> FdxParser.parse(hostile)).isInstanceOf(ScriptUnreadable.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void pdf_readByIndentation() throws IOException {
        byte[] pdf = screenplayPdf(Arrays.asList(
                new Object[] {0, "INT. ORCHARD HOUSE - KITCHEN - NIGHT"}, null,
                new Object[] {0, "Rain against the window. MAYA HART (30s), guarded and"},
                new Object[] {0, "funny, scrubs a pan. She does not look up."}, null,
                new Object[] {158, "MAYA HART"}, new Object[] {72, "You're late."}, null,
                new Object[] {158, "TOM (O.S.)"}, new Object[] {72, "The bridge was out. The whole"},
                new Object[] {72, "road is under water."}, null,
                new Object[] {158, "MAYA HART (CONT'D)"}, new Object[] {115, "(without turning)"},
                new Object[] {72, "It's always the bridge."}, null,
                new Object[] {288, "CUT TO:"}, null,
                new Object[] {0, "EXT. ORCHARD - CONTINUOUS"}, null,
                new Object[] {158, "MAYA HART"}, new Object[] {72, "He doesn't call."}));

        ScriptBreakdown script = ScriptBreakdown.of(PdfScreenplay.parse(pdf));

        assertThat(script.scenes()).containsExactly("INT. ORCHARD HOUSE - KITCHEN - NIGHT", "EXT. ORCHARD - CONTINUOUS");
        Map<String, CharacterBreakdown> cast = byName(script);
        assertThat(cast.keySet()).containsExactly("MAYA HART", "TOM");
        assertThat(cast.get("MAYA HART").lines()).isEqualTo(3);
        assertThat(cast.get("MAYA HART").introducedAs()).isEqualTo("MAYA HART (30s), guarded and funny, scrubs a pan. She does not look up.");
        assertThat(cast.get("TOM").words()).isEqualTo(10);
        assertThat(cast.get("TOM").extensions()).containsExactly("O.S.");
    }

    @Test
    void notAPdf_isUnreadable() {
        assertThatThrownBy(() -> PdfScreenplay.parse("plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScriptUnreadable.class);
    }

    private static Map<String, CharacterBreakdown> byName(ScriptBreakdown script) {
        return script.characters().stream().collect(Collectors.toMap(CharacterBreakdown::name, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Courier 12 on US letter, action at 1.5 inches; each line is {indent from action in points, text}; null is a blank line. */
    private static byte[] screenplayPdf(List<Object[]> lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), 12);
                float y = 720;
                for (Object[] line : lines) {
                    if (line != null) {
                        content.beginText();
                        content.newLineAtOffset(108 + (Integer) line[0], y);
                        content.showText((String) line[1]);
                        content.endText();
                    }
                    y -= 12;
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String read(String name) {
        try {
            return new String(bytes(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = ScreenplayParsingTest.class.getResourceAsStream("/scripts/" + name)) {
            return in.readAllBytes();
        }
    }
}
