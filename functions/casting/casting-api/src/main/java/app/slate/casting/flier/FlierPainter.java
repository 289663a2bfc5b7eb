package app.slate.casting.flier;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paints a flier on a canvas of any size from a square up: the call and the role at the top, the
 * facts below, and at the bottom the deadline beside a QR code of the role's link. Sizes are
 * fractions of the width, so one layout serves the square post, the story and the printed page;
 * when the facts do not fit they get smaller, down to a size still readable on a phone, and then
 * the optional ones (shooting dates, skills, the description) are left out, never the required.
 * Right-to-left languages mirror the page: text aligns right, the QR code moves left.
 */
final class FlierPainter {

    private static final Color INK = new Color(0x16, 0x18, 0x1f);
    private static final Color PAPER = new Color(0xfa, 0xf8, 0xf4);
    private static final Color GOLD = new Color(0xf0, 0xb4, 0x4c);
    private static final Color MIST = new Color(0xb8, 0xbc, 0xc8);
    private static final String ELLIPSIS = "\u2026";
    /** Fact sizes, in hundredths of the width: all facts are shown at this size or larger when they fit... */
    private static final float COMFORTABLE = 3.4f;
    /** ...and the required ones never smaller than this (about 10 px on a phone showing a square post). */
    private static final float SMALLEST = 2.6f;
    /** More lines than any fact paragraph needs: reaching it means the text was cut. */
    private static final int MANY_LINES = 50;

    /** A piece of a paragraph in one font and colour. */
    private record Run(String text, Font font, Color color) {
    }

    private final Graphics2D g;
    private final FontRenderContext context;
    private final FlierFacts facts;
    private final Locale locale;
    private final int width;
    private final int height;
    /** One hundredth of the width: every size is a multiple of it. */
    private final float unit;
    private final float left;
    private final float right;
    private final boolean tall;

    private FlierPainter(Graphics2D g, int width, int height, FlierFacts facts) {
        this.g = g;
        this.facts = facts;
        this.locale = Locale.forLanguageTag(facts.locale());
        this.width = width;
        this.height = height;
        this.unit = width / 100f;
        this.left = 7.5f * unit;
        this.right = width - left;
        this.tall = height > width * 1.3f;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        this.context = g.getFontRenderContext();
    }

    /**
     * What was painted: the area of the deadline, QR code and link (which a PDF makes a link), and
     * whether every required fact found room (false only when a role's texts are near their limits).
     */
    record Layout(Rectangle link, boolean complete) {
    }

    static Layout paint(Graphics2D g, int width, int height, FlierFacts facts) {
        return new FlierPainter(g, width, height, facts).paint();
    }

    /** Lines drawn from {@code top} down in the column from {@code left} to {@code right}, each against one of its sides. */
    private record Placed(List<TextLayout> lines, float top, float left, float right, boolean alignRight, float extra) {
    }

    /** What goes above the bottom block; complete when every required fact is in it. */
    private record Plan(List<Placed> text, float barTop, boolean complete) {
    }

    private Layout paint() {
        g.setColor(INK);
        g.fillRect(0, 0, width, height);
        Rectangle bottom = bottom();
        // Long texts squeeze the page: facts first kept to a line each, then run into one paragraph with the
        // project on one line; only then is the role's name made smaller, to fit two lines.
        Plan plan = plan(0, bottom.y - 4 * unit);
        for (int squeeze = 1; squeeze <= 3 && !plan.complete(); squeeze++) {
            plan = plan(squeeze, bottom.y - 4 * unit);
        }
        plan.text().forEach(this::draw);
        g.setColor(GOLD);
        g.fill(new Rectangle(Math.round(facts.rightToLeft() ? right - 12 * unit : left), Math.round(plan.barTop()),
                Math.round(12 * unit), Math.round(0.7f * unit)));
        return new Layout(bottom, plan.complete());
    }

    private Plan plan(int squeeze, float bottom) {
        boolean rtl = facts.rightToLeft();
        List<Placed> text = new ArrayList<>();
        float y = 6 * unit;
        text.add(new Placed(lines(List.of(run("SLATE", FlierFonts.BOLD, 3.2f, MIST)), 14 * unit, 1), y, left, right, !rtl, 0));
        y = place(text, lines(List.of(run(facts.headline().toUpperCase(locale), FlierFonts.BOLD, 3.2f, GOLD)), right - left - 16 * unit, 1),
                y, 0) + 3 * unit;
        y = place(text, squeeze < 3 ? roleName(3, 7) : roleName(2, 5.5f), y, 0.5f * unit) + 1.5f * unit;
        y = place(text, lines(List.of(run(facts.roleLine(), FlierFonts.REGULAR, tall ? 4.6f : 4.2f, MIST)), right - left, squeeze < 2 ? 2 : 1),
                y, 0.3f * unit) + 3 * unit;
        float barTop = y;
        y += (tall ? 5.2f : 4.2f) * unit;
        return new Plan(text, barTop, squeeze < 2 ? placeFacts(text, y, bottom, squeeze == 0 ? 3 : 1) : placeRunIn(text, y, bottom));
    }

    private float place(List<Placed> text, List<TextLayout> lines, float top, float extra) {
        text.add(new Placed(lines, top, left, right, facts.rightToLeft(), extra));
        return top + height(lines) + extra * lines.size();
    }

    /** The role's name as large as it fits in two lines, else at the {@code smallest} size in up to {@code maxLines}, cut if need be. */
    private List<TextLayout> roleName(int maxLines, float smallest) {
        for (float size = tall ? 11 : 9.5f; size > smallest; size -= 0.5f) {
            List<Run> name = List.of(run(facts.role(), FlierFonts.BOLD, size, PAPER));
            if (lines(name, right - left, 3).size() <= 2) {
                return lines(name, right - left, 2);
            }
        }
        return lines(List.of(run(facts.role(), FlierFonts.BOLD, smallest, PAPER)), right - left, maxLines);
    }

    /** The deadline, the call to scan and the link beside the QR code, resting on the bottom margin; answers its area. */
    private Rectangle bottom() {
        int qrSide = Math.round((tall ? 27 : 23) * unit);
        float column = right - left - qrSide - 4 * unit;
        List<List<TextLayout>> text = List.of(
                lines(List.of(run(facts.applyByLabel().toUpperCase(locale), FlierFonts.BOLD, 2.8f, GOLD)), column, 1),
                lines(List.of(run(facts.applyBy(), FlierFonts.BOLD, tall ? 4.6f : 4.2f, PAPER)), column, 2),
                lines(List.of(run(facts.scan(), FlierFonts.REGULAR, 2.8f, MIST)), column, 1),
                lines(List.of(run(facts.link().replaceFirst("^https?://", ""), FlierFonts.REGULAR, 2.4f, MIST)), column, 3));
        float gap = unit;
        float textHeight = text.stream().map(this::height).reduce(0f, Float::sum) + gap * (text.size() - 1);
        float blockHeight = Math.max(qrSide, textHeight);
        float top = height - 6 * unit - blockHeight;

        int qrX = Math.round(facts.rightToLeft() ? left : right - qrSide);
        QrCode.of(facts.link()).paint(g, qrX, Math.round(top + blockHeight - qrSide), qrSide, INK);

        float columnLeft = facts.rightToLeft() ? left + qrSide + 4 * unit : left;
        float columnRight = facts.rightToLeft() ? right : right - qrSide - 4 * unit;
        float y = top + blockHeight - textHeight;
        for (List<TextLayout> block : text) {
            draw(new Placed(block, y, columnLeft, columnRight, facts.rightToLeft(), 0));
            y += height(block) + gap;
        }
        return new Rectangle(Math.round(left), Math.round(top), Math.round(right - left), Math.round(blockHeight));
    }

    /**
     * Places the facts between {@code top} and {@code bottom}: all of them if they fit at a
     * comfortable size; else the required ones at the largest size at which they fit (never below
     * the smallest), then the optional ones in order while they fit. Then as much of the
     * description as fits in whole lines. Answers false, placing nothing, when the required ones
     * do not fit even at the smallest size.
     */
    private boolean placeFacts(List<Placed> text, float top, float bottom, int maxLines) {
        float available = bottom - top;
        List<FlierFacts.Fact> required = facts.facts().subList(0, facts.required());
        float size = largestFitting(facts.facts(), COMFORTABLE, available, maxLines);
        List<FlierFacts.Fact> shown = facts.facts();
        if (Float.isNaN(size)) {
            size = largestFitting(required, SMALLEST, available, maxLines);
            if (Float.isNaN(size)) {
                // The next squeeze takes over; this plan is never drawn.
                return false;
            }
            shown = new ArrayList<>(required);
            float used = 0;
            for (FlierFacts.Fact fact : required) {
                used += height(fact(fact, size, maxLines)) + gap(size);
            }
            for (FlierFacts.Fact fact : facts.facts().subList(required.size(), facts.facts().size())) {
                float needed = height(fact(fact, size, maxLines)) + gap(size);
                if (used + needed <= available) {
                    shown.add(fact);
                    used += needed;
                }
            }
        }
        float y = top;
        for (FlierFacts.Fact fact : shown) {
            y = place(text, fact(fact, size, maxLines), y, 0) + gap(size);
        }
        if (facts.description() != null && !facts.description().isBlank()) {
            Run description = run(facts.description(), FlierFonts.REGULAR, size * 0.85f, MIST);
            float line = height(lines(List.of(description), right - left, 1));
            int fit = (int) ((bottom - y - gap(size)) / line);
            if (fit >= 2) {
                place(text, lines(List.of(description), right - left, Math.min(fit, 12)), y + gap(size), 0);
            }
        }
        return true;
    }

    /** The largest size, in steps down from the format's own, at which these facts fit; NaN if none down to {@code smallest}. */
    private float largestFitting(List<FlierFacts.Fact> shown, float smallest, float available, int maxLines) {
        for (float size = tall ? 4.6f : 3.8f; size >= smallest - 0.01f; size -= 0.2f) {
            float needed = 0;
            for (FlierFacts.Fact fact : shown) {
                needed += height(fact(fact, size, maxLines)) + gap(size);
            }
            if (needed <= available) {
                return size;
            }
        }
        return Float.NaN;
    }

    /**
     * The facts run into one paragraph, "PAY £650 a day · PLAYING AGE 28–36 · …", which wastes no
     * line: all of them if they fit, else the required ones, as large as they fit; at the smallest
     * size, as many lines as there is room for. Answers whether every required fact found room.
     */
    private boolean placeRunIn(List<Placed> text, float top, float bottom) {
        float available = bottom - top;
        List<FlierFacts.Fact> required = facts.facts().subList(0, facts.required());
        for (List<FlierFacts.Fact> shown : List.of(facts.facts(), required)) {
            for (float size = tall ? 4.6f : 3.8f; size >= SMALLEST - 0.01f; size -= 0.2f) {
                List<TextLayout> lines = lines(runIn(shown, size), right - left, MANY_LINES);
                if (lines.size() < MANY_LINES && height(lines) <= available) {
                    place(text, lines, top, 0);
                    return true;
                }
            }
        }
        List<Run> runs = runIn(required, SMALLEST);
        float line = height(lines(runs, right - left, 1));
        place(text, lines(runs, right - left, Math.max(1, (int) (available / line))), top, 0);
        return false;
    }

    private List<Run> runIn(List<FlierFacts.Fact> shown, float size) {
        List<Run> runs = new ArrayList<>();
        for (FlierFacts.Fact fact : shown) {
            if (!runs.isEmpty()) {
                runs.add(new Run("  \u00b7  ", FlierFonts.REGULAR.deriveFont(size * unit), MIST));
            }
            runs.addAll(factRuns(fact, size));
        }
        return runs;
    }

    private List<TextLayout> fact(FlierFacts.Fact fact, float size, int maxLines) {
        return lines(factRuns(fact, size), right - left, maxLines);
    }

    private List<Run> factRuns(FlierFacts.Fact fact, float size) {
        Run label = run(fact.label().toUpperCase(locale), FlierFonts.BOLD, size * 0.8f, GOLD);
        return List.of(new Run(label.text() + "\u2002 ", label.font(), label.color()), run(fact.value(), FlierFonts.REGULAR, size, PAPER));
    }

    private float gap(float size) {
        return size * 0.4f * unit;
    }

    private Run run(String text, Font font, float size, Color color) {
        return new Run(tidy(FlierFonts.printable(text, font)), font.deriveFont(size * unit), color);
    }

    /** Text as one paragraph: whitespace runs become one space; control characters and bidirectional overrides go. */
    static String tidy(String text) {
        return text.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\s]]", "").replaceAll("\\s+", " ").strip();
    }

    /** The paragraph in lines of {@code lineWidth}; past {@code maxLines} it is cut, the last line ending in an ellipsis. */
    private List<TextLayout> lines(List<Run> runs, float lineWidth, int maxLines) {
        int length = runs.stream().mapToInt(run -> run.text().length()).sum();
        List<TextLayout> all = layout(runs, length, false, lineWidth, maxLines + 1);
        if (all.size() <= maxLines) {
            return all;
        }
        int shortest = 0;
        int longest = length;
        while (shortest < longest) {
            int middle = (shortest + longest + 1) / 2;
            if (layout(runs, middle, true, lineWidth, maxLines + 1).size() <= maxLines) {
                shortest = middle;
            } else {
                longest = middle - 1;
            }
        }
        return layout(runs, shortest, true, lineWidth, maxLines);
    }

    private List<TextLayout> layout(List<Run> runs, int end, boolean ellipsis, float lineWidth, int maxLines) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        text.setLength(end);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            text.setLength(end - 1);
        }
        if (ellipsis) {
            text.setLength(text.toString().stripTrailing().length());
        }
        int kept = text.length();
        if (ellipsis) {
            text.append(ELLIPSIS);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        AttributedString styled = new AttributedString(text.toString());
        styled.addAttribute(TextAttribute.RUN_DIRECTION, facts.rightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        int start = 0;
        Run reached = runs.get(0);
        for (Run run : runs) {
            int stop = Math.min(start + run.text().length(), kept);
            if (start < stop) {
                style(styled, run, start, stop);
                reached = run;
            }
            start += run.text().length();
        }
        if (ellipsis) {
            style(styled, reached, kept, text.length());
        }
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
        List<TextLayout> lines = new ArrayList<>();
        while (measurer.getPosition() < text.length() && lines.size() < maxLines) {
            lines.add(measurer.nextLayout(lineWidth));
        }
        return lines;
    }

    private void draw(Placed placed) {
        float y = placed.top();
        for (TextLayout line : placed.lines()) {
            y += line.getAscent();
            line.draw(g, placed.alignRight() ? placed.right() - line.getAdvance() : placed.left(), y);
            y += line.getDescent() + line.getLeading() + placed.extra();
        }
    }

    private static void style(AttributedString text, Run run, int start, int stop) {
        text.addAttribute(TextAttribute.FONT, run.font(), start, stop);
        text.addAttribute(TextAttribute.FOREGROUND, run.color(), start, stop);
    }

    private float height(List<TextLayout> lines) {
        return (float) lines.stream().mapToDouble(line -> line.getAscent() + line.getDescent() + line.getLeading()).sum();
    }
}
