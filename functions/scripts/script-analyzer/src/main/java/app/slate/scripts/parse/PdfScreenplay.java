package app.slate.scripts.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A screenplay PDF read by layout, as a reader sees it: the text of each line and where it
 * starts. Industry format puts action at the left margin, dialogue about an inch in,
 * parentheticals about 1.6 inches, character cues about 2.2 inches and transitions far right;
 * paragraphs are separated by a blank line's height. Page numbers and (MORE) are layout, not text.
 */
public final class PdfScreenplay {

    private static final float INCH = 72;

    private PdfScreenplay() {
    }

    private record Line(String text, float x, float y, int page) {
    }

    public static List<Paragraph> parse(byte[] source) {
        List<Line> lines = lines(source);
        if (lines.isEmpty()) {
            throw new ScriptUnreadable("The PDF has no text (a scan needs OCR first).");
        }
        float margin = lines.stream().map(Line::x).min(Float::compare).orElse(0f);
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph.Kind open = null;
        StringBuilder text = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            Paragraph.Kind kind = kind(line, line.x() - margin);
            boolean gap = previous == null || previous.page() != line.page() || line.y() - previous.y() > 1.6f * lineHeight(lines);
            boolean continues = kind == open && !gap && (kind == Paragraph.Kind.ACTION || kind == Paragraph.Kind.DIALOGUE);
            if (!continues) {
                if (open != null) {
                    paragraphs.add(new Paragraph(open, text.toString()));
                }
                text.setLength(0);
                open = kind;
            }
            text.append(text.isEmpty() ? "" : " ").append(line.text());
            previous = line;
        }
        if (open != null) {
            paragraphs.add(new Paragraph(open, text.toString()));
        }
        return paragraphs;
    }

    private static Paragraph.Kind kind(Line line, float indent) {
        String text = line.text();
        if (indent < 0.5f * INCH) {
            return ScreenplayLines.heading(text) ? Paragraph.Kind.SCENE_HEADING
                    : ScreenplayLines.transition(text) ? Paragraph.Kind.TRANSITION : Paragraph.Kind.ACTION;
        }
        if (indent >= 3.5f * INCH || ScreenplayLines.transition(text)) {
            return Paragraph.Kind.TRANSITION;
        }
        if (indent >= 1.9f * INCH && ScreenplayLines.cue(text)) {
            return Paragraph.Kind.CHARACTER;
        }
        if (text.startsWith("(") && indent >= 1.3f * INCH) {
            return Paragraph.Kind.PARENTHETICAL;
        }
        return Paragraph.Kind.DIALOGUE;
    }

    /** The usual distance between two lines of one paragraph: the most common step down the page. */
    private static float lineHeight(List<Line> lines) {
        float best = 12;
        int bestCount = 0;
        Map<Integer, Integer> steps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            float step = lines.get(i).y() - lines.get(i - 1).y();
            if (step > 0 && lines.get(i).page() == lines.get(i - 1).page()) {
                int key = Math.round(step);
                int count = steps.merge(key, 1, Integer::sum);
                if (count > bestCount) {
                    bestCount = count;
                    best = key;
                }
            }
        }
        return best;
    }

    private static List<Line> lines(byte[] source) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(source)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private Line current;

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (current == null && !positions.isEmpty()) {
                        current = new Line(text, positions.get(0).getXDirAdj(), positions.get(0).getYDirAdj(), getCurrentPageNo());
                    } else if (current != null) {
                        current = new Line(current.text() + text, current.x(), current.y(), current.page());
                    }
                }

                @Override
                protected void writeWordSeparator() {
                    if (current != null) {
                        current = new Line(current.text() + " ", current.x(), current.y(), current.page());
                    }
                }

                @Override
                protected void writePageEnd() throws IOException {
                    writeLineSeparator();
                    super.writePageEnd();
                }

                @Override
                protected void writeLineSeparator() {
                    if (current != null) {
                        String text = current.text().strip();
                        // Page numbers ("12.") and the continued-dialogue markers are page furniture.
                        if (!text.isEmpty() && !text.matches("\\d+\\.?") && !text.equals("(MORE)")) {
                            lines.add(new Line(text, current.x(), current.y(), current.page()));
                        }
                    }
                    current = null;
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        } catch (IOException e) {
            throw new ScriptUnreadable("The file is not a readable PDF: " + e.getMessage());
        }
        return lines;
    }
}
