package app.slate.scripts.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Fountain (fountain.io): a title page of "Key: value" lines, then paragraphs separated by blank
 * lines. A scene heading starts with INT./EXT. (or is forced with a leading '.'); a character
 * cue is a line in capitals (or forced with '@') right after a blank line and followed by text,
 * which is dialogue, with parentheticals on lines of their own; transitions end in "TO:" (or
 * are forced with '>'). Notes [[...]] and the boneyard /* ... *&#47; are not part of the script.
 */
public final class FountainParser {

    private FountainParser() {
    }

    public static List<Paragraph> parse(String source) {
        String text = source.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?s)\\[\\[.*?]]", "");
        String[] lines = text.split("\n", -1);
        int start = titlePageEnd(lines);
        List<Paragraph> elements = new ArrayList<>();
        StringBuilder action = new StringBuilder();
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean afterBlank = i == start || lines[i - 1].isBlank();
            boolean beforeText = i + 1 < lines.length && !lines[i + 1].isBlank();
            if (line.isEmpty()) {
                flush(elements, action);
            } else if (afterBlank && (line.startsWith(".") && !line.startsWith("..") || ScreenplayLines.heading(line))) {
                flush(elements, action);
                String heading = line.startsWith(".") ? line.substring(1).strip() : line;
                // A scene number ("INT. HOUSE - DAY #12A#") numbers the heading; it is not part of it.
                elements.add(new Paragraph(Paragraph.Kind.SCENE_HEADING, withoutSceneNumber(heading)));
            } else if (afterBlank && (line.startsWith(">") && !line.endsWith("<") || ScreenplayLines.transition(line))) {
                flush(elements, action);
                elements.add(new Paragraph(Paragraph.Kind.TRANSITION, line.startsWith(">") ? line.substring(1).strip() : line));
            } else if (afterBlank && beforeText && !line.startsWith("!") && (line.startsWith("@") || ScreenplayLines.cue(line))) {
                flush(elements, action);
                elements.add(new Paragraph(Paragraph.Kind.CHARACTER, line));
                i = dialogue(lines, i + 1, elements) - 1;
            } else {
                action.append(action.isEmpty() ? "" : " ").append(centred(line.startsWith("!") ? line.substring(1) : line));
            }
        }
        flush(elements, action);
        return elements;
    }

    /** The lines after a cue, up to a blank line: parentheticals and dialogue. Returns the index after them. */
    private static int dialogue(String[] lines, int from, List<Paragraph> elements) {
        StringBuilder speech = new StringBuilder();
        int i = from;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i].strip();
            if (line.startsWith("(") && line.endsWith(")")) {
                if (!speech.isEmpty()) {
                    elements.add(new Paragraph(Paragraph.Kind.DIALOGUE, speech.toString()));
                    speech.setLength(0);
                }
                elements.add(new Paragraph(Paragraph.Kind.PARENTHETICAL, line));
            } else {
                speech.append(speech.isEmpty() ? "" : " ").append(line);
            }
        }
        if (!speech.isEmpty()) {
            elements.add(new Paragraph(Paragraph.Kind.DIALOGUE, speech.toString()));
        }
        return i;
    }

    /** The title page is "Key: value" lines (with indented continuations) up to the first blank line. */
    private static int titlePageEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].matches("^[A-Za-z ]+:.*")) {
            return 0;
        }
        int i = 0;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    /** "INT. HOUSE - DAY #12A#" without its "#12A#". */
    private static String withoutSceneNumber(String heading) {
        int close = heading.length() - 1;
        int open = heading.lastIndexOf('#', close - 1);
        if (close > 0 && heading.charAt(close) == '#' && open >= 0 && open < close - 1
                && heading.substring(open + 1, close).chars().noneMatch(Character::isWhitespace)) {
            return heading.substring(0, open).strip();
        }
        return heading;
    }

    /** "> THE END <" is centred text: the markers are layout. */
    private static String centred(String line) {
        return line.startsWith(">") && line.endsWith("<") ? line.substring(1, line.length() - 1).strip() : line;
    }

    private static void flush(List<Paragraph> elements, StringBuilder action) {
        if (!action.isEmpty()) {
            elements.add(new Paragraph(Paragraph.Kind.ACTION, action.toString()));
            action.setLength(0);
        }
    }
}
