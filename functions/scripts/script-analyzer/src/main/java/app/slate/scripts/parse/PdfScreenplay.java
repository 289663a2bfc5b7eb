package app.slate.scripts.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A screenplay PDF read by layout, as a reader sees it. Industry format puts action and scene
 * headings at the left margin, dialogue about an inch in, parentheticals further, character cues
 * in a column of their own about 2.2 inches in, transitions far right; paragraphs are separated
 * by a blank line's height. The columns are learnt from the file itself:
 * <ul>
 *   <li>the action margin is the leftmost column many lines share (scene numbers stand left of it);</li>
 *   <li>a cue is a line in capitals in the cue column with a speech right under it, so a centred
 *       title card ("THREE WEEKS LATER") or a title page's title is not a character;</li>
 *   <li>a line numbered in the margin ("12 KITCHEN - LATER 12") is a scene heading, INT/EXT or not;</li>
 *   <li>dual dialogue (two cues side by side) is read left speech, then right;</li>
 *   <li>a first page with neither a scene heading nor a cue is the title page, and page numbers,
 *       (MORE) and CONTINUED are page furniture.</li>
 * </ul>
 */
public final class PdfScreenplay {

    private static final float INCH = 72;
    /** Scene numbers stand at least this far from the heading they number. */
    private static final float NUMBER_GAP = 0.25f * INCH;
    /** Two speeches side by side are at least this far apart. */
    private static final float DUAL_GAP = 0.5f * INCH;
    private static final Pattern SCENE_NUMBER = Pattern.compile("[A-Z]?\\d{1,4}[A-Z]{0,2}\\.?");
    private static final Pattern NUMBERED = Pattern.compile("^([A-Z]?\\d{1,4}[A-Z]{0,2})\\.?\\s+(.*\\S)\\s+\\1\\.?$");
    private static final Pattern FURNITURE = Pattern.compile("^(?:\\d+\\.?|\\(MORE\\)|\\(CONTINUED\\)|CONTINUED:?|(?:[A-Z]?\\d{1,4}[A-Z]{0,2}\\s+)?CONTINUED:?(?:\\s*\\(\\d+\\))?(?:\\s+[A-Z]?\\d{1,4}[A-Z]{0,2})?)$");

    private PdfScreenplay() {
    }

    private record Segment(String text, float x, float end) {
    }

    private record Line(List<Segment> segments, float y, int page, boolean numbered) {
        String text() {
            return String.join(" ", segments.stream().map(Segment::text).toList()).strip();
        }

        float x() {
            return segments.getFirst().x();
        }

        /** Two cues side by side: the start of dual dialogue. */
        boolean dualCues() {
            return segments.size() == 2 && segments.get(1).x() - segments.get(0).end() >= DUAL_GAP
                    && segments.stream().allMatch(s -> ScreenplayLines.cue(s.text()));
        }
    }

    private record Placed(Paragraph.Kind kind, String text, int page) {
    }

    public static List<Paragraph> parse(byte[] source) {
        List<Line> lines = lines(source);
        if (lines.isEmpty()) {
            throw new ScriptUnreadable("The PDF has no text (a scan needs OCR first).");
        }
        Layout layout = Layout.of(lines);
        List<Placed> placed = new ArrayList<>();
        Paragraph.Kind open = null;
        StringBuilder text = new StringBuilder();
        int openPage = 0;
        boolean inSpeech = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean gap = i == 0 || layout.gap(lines.get(i - 1), line);
            if (line.dualCues() && !inSpeech) {
                close(placed, open, text, openPage);
                open = null;
                i = dual(lines, i, layout, placed) - 1;
                continue;
            }
            Paragraph.Kind kind = layout.kind(line, inSpeech && !gap, i + 1 < lines.size() && !layout.gap(line, lines.get(i + 1)));
            inSpeech = kind == Paragraph.Kind.CHARACTER || kind == Paragraph.Kind.PARENTHETICAL || kind == Paragraph.Kind.DIALOGUE;
            boolean continues = kind == open && !gap && (kind == Paragraph.Kind.ACTION || kind == Paragraph.Kind.DIALOGUE);
            if (!continues) {
                close(placed, open, text, openPage);
                open = kind;
                openPage = line.page();
            }
            text.append(text.isEmpty() ? "" : " ").append(line.text());
        }
        close(placed, open, text, openPage);
        boolean titlePage = placed.stream().anyMatch(p -> p.page() > 1) && placed.stream().filter(p -> p.page() == 1)
                .noneMatch(p -> p.kind() == Paragraph.Kind.SCENE_HEADING || p.kind() == Paragraph.Kind.CHARACTER);
        return placed.stream().filter(p -> !titlePage || p.page() > 1).map(p -> new Paragraph(p.kind(), p.text())).toList();
    }

    private static void close(List<Placed> placed, Paragraph.Kind open, StringBuilder text, int page) {
        if (open != null && !text.isEmpty()) {
            placed.add(new Placed(open, text.toString(), page));
        }
        text.setLength(0);
    }

    /** Dual dialogue from line {@code from}: the left speech, then the right. Returns the index after it. */
    private static int dual(List<Line> lines, int from, Layout layout, List<Placed> placed) {
        // Each speech's lines start left of its cue; halfway between the two cues divides them.
        float split = (lines.get(from).segments().get(0).x() + lines.get(from).segments().get(1).x()) / 2;
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int i = from;
        for (; i < lines.size() && (i == from || !layout.gap(lines.get(i - 1), lines.get(i))); i++) {
            for (Segment s : lines.get(i).segments()) {
                (s.x() < split ? left : right).add(s.text().strip());
            }
        }
        int page = lines.get(from).page();
        for (List<String> speech : List.of(left, right)) {
            if (speech.isEmpty()) {
                continue;
            }
            placed.add(new Placed(Paragraph.Kind.CHARACTER, speech.getFirst(), page));
            StringBuilder said = new StringBuilder();
            for (String part : speech.subList(1, speech.size())) {
                if (part.startsWith("(")) {
                    if (!said.isEmpty()) {
                        placed.add(new Placed(Paragraph.Kind.DIALOGUE, said.toString(), page));
                        said.setLength(0);
                    }
                    placed.add(new Placed(Paragraph.Kind.PARENTHETICAL, part, page));
                } else {
                    said.append(said.isEmpty() ? "" : " ").append(part);
                }
            }
            if (!said.isEmpty()) {
                placed.add(new Placed(Paragraph.Kind.DIALOGUE, said.toString(), page));
            }
        }
        return i;
    }

    /** The columns and line height this file uses. */
    private record Layout(float margin, float cueColumn, float lineHeight) {

        static Layout of(List<Line> lines) {
            float lineHeight = lineHeight(lines);
            float margin = margin(lines);
            Map<Integer, Integer> cues = new HashMap<>();
            for (int i = 0; i + 1 < lines.size(); i++) {
                Line line = lines.get(i);
                if (!line.numbered() && line.x() - margin >= 1.5f * INCH && ScreenplayLines.cue(line.text())
                        && lines.get(i + 1).page() == line.page() && lines.get(i + 1).y() - line.y() <= 1.6f * lineHeight) {
                    cues.merge(Math.round(line.x()), 1, Integer::sum);
                }
            }
            float cueColumn = cues.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(margin + 2.2f * INCH);
            return new Layout(margin, cueColumn, lineHeight);
        }

        boolean gap(Line previous, Line line) {
            return previous.page() != line.page() || line.y() - previous.y() > 1.6f * lineHeight;
        }

        Paragraph.Kind kind(Line line, boolean inSpeech, boolean speechFollows) {
            String text = line.text();
            float indent = line.x() - margin;
            if (line.numbered() && text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                return Paragraph.Kind.SCENE_HEADING;
            }
            if (indent < 0.5f * INCH) {
                return ScreenplayLines.heading(text) ? Paragraph.Kind.SCENE_HEADING
                        : ScreenplayLines.transition(text) ? Paragraph.Kind.TRANSITION : Paragraph.Kind.ACTION;
            }
            if (!inSpeech && speechFollows && Math.abs(line.x() - cueColumn) <= 0.4f * INCH && ScreenplayLines.cue(text)) {
                return Paragraph.Kind.CHARACTER;
            }
            if (inSpeech) {
                return text.startsWith("(") ? Paragraph.Kind.PARENTHETICAL : Paragraph.Kind.DIALOGUE;
            }
            if (indent >= 3.5f * INCH || ScreenplayLines.transition(text)) {
                return Paragraph.Kind.TRANSITION;
            }
            // Centred text, a title card or a song's lyrics: the writer's words, not a character's.
            return Paragraph.Kind.ACTION;
        }

        /** The leftmost column at least one line in twenty starts at. */
        private static float margin(List<Line> lines) {
            Map<Integer, Integer> columns = new HashMap<>();
            lines.forEach(l -> columns.merge(Math.round(l.x() / 2) * 2, 1, Integer::sum));
            int enough = Math.max(2, lines.size() / 20);
            return columns.entrySet().stream().filter(e -> e.getValue() >= enough).map(Map.Entry::getKey).min(Integer::compare)
                    .map(Integer::floatValue).orElse(lines.stream().map(Line::x).min(Float::compare).orElse(0f));
        }

        /**
         * The distance between two lines of one paragraph: the smallest step down the page that
         * recurs (a blank line between paragraphs makes a step twice as long, and may be as common).
         */
        private static float lineHeight(List<Line> lines) {
            Map<Integer, Integer> steps = new HashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                float step = lines.get(i).y() - lines.get(i - 1).y();
                if (step >= 4 && lines.get(i).page() == lines.get(i - 1).page()) {
                    steps.merge(Math.round(step), 1, Integer::sum);
                }
            }
            return steps.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).min(Integer::compare)
                    .map(Integer::floatValue).orElse(12f);
        }
    }

    private static List<Line> lines(byte[] source) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(source)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final List<Segment> segments = new ArrayList<>();
                private float y;

                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.isEmpty()) {
                        return;
                    }
                    TextPosition first = positions.getFirst();
                    TextPosition last = positions.getLast();
                    if (segments.isEmpty()) {
                        y = first.getYDirAdj();
                    }
                    segments.add(new Segment(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
                }

                @Override
                protected void writeWordSeparator() {
                    if (!segments.isEmpty()) {
                        Segment s = segments.removeLast();
                        segments.add(new Segment(s.text() + " ", s.x(), s.end()));
                    }
                }

                @Override
                protected void writePageEnd() throws IOException {
                    writeLineSeparator();
                    super.writePageEnd();
                }

                @Override
                protected void writeLineSeparator() {
                    Line line = line(merge(segments), y, getCurrentPageNo());
                    if (line != null) {
                        lines.add(line);
                    }
                    segments.clear();
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        } catch (IOException e) {
            throw new ScriptUnreadable("The file is not a readable PDF: " + e.getMessage());
        }
        return lines;
    }

    /** Runs of text with no real gap between them are one segment: words, not columns. */
    private static List<Segment> merge(List<Segment> raw) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : raw) {
            if (s.text().isBlank()) {
                continue;
            }
            if (!merged.isEmpty() && s.x() - merged.getLast().end() < NUMBER_GAP) {
                Segment last = merged.removeLast();
                String joined = last.text().endsWith(" ") || s.x() - last.end() < 1 ? last.text() + s.text() : last.text() + " " + s.text();
                merged.add(new Segment(joined, last.x(), s.end()));
            } else {
                merged.add(s);
            }
        }
        return merged.stream().map(s -> new Segment(s.text().strip(), s.x(), s.end())).toList();
    }

    /** A line without its scene numbers and page furniture; null when nothing is left. */
    private static Line line(List<Segment> segments, float y, int page) {
        List<Segment> kept = new ArrayList<>(segments);
        boolean numbered = false;
        if (kept.size() >= 2 && SCENE_NUMBER.matcher(kept.getFirst().text()).matches()) {
            kept.removeFirst();
            numbered = true;
        }
        if (kept.size() >= 2 && numbered && SCENE_NUMBER.matcher(kept.getLast().text()).matches()) {
            kept.removeLast();
        }
        if (kept.size() == 1) {
            var m = NUMBERED.matcher(kept.getFirst().text());
            if (m.matches()) {
                kept.set(0, new Segment(m.group(2), kept.getFirst().x(), kept.getFirst().end()));
                numbered = true;
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        Line line = new Line(List.copyOf(kept), y, page, numbered);
        return FURNITURE.matcher(line.text()).matches() ? null : line;
    }
}
