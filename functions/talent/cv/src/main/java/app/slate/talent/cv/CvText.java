package app.slate.talent.cv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A CV's lines as a reader sees them, whatever the file: a table's cells (in Word, or columns
 * set apart on a PDF page) come separated by tabs, so the reader finds columns the same way in
 * every format. Bounded: the first {@link #MAX_PAGES} pages, {@link #MAX_CHARACTERS} characters.
 */
public final class CvText {

    public static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_PAGES = 8;
    static final int MAX_CHARACTERS = 60_000;
    static final int MAX_LINE = 2_000;
    private static final int MAX_SPACES = 8;

    static {
        // A Word file is a ZIP: refuse one whose parts inflate far beyond any CV's.
        ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
    }

    private CvText() {
    }

    public static List<String> lines(byte[] file, CvFormat format) {
        if (file.length == 0) {
            throw new CvUnreadable("The file is empty.");
        }
        if (file.length > MAX_BYTES) {
            throw new CvUnreadable("A CV may be at most 4 MB; this file is " + file.length / (1024 * 1024) + " MB.");
        }
        String text = switch (format) {
            case PDF -> pdf(file);
            case DOCX -> docx(file);
            case TEXT -> utf8(file);
        };
        // NFKC: a PDF's ligatures (ﬂ, ﬁ) become the letters a reader sees.
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        if (normal.length() > MAX_CHARACTERS) {
            normal = normal.substring(0, MAX_CHARACTERS);
        }
        List<String> lines = new ArrayList<>();
        for (String line : normal.split("\n")) {
            lines.add(tidy(line));
        }
        if (lines.stream().allMatch(String::isBlank)) {
            throw new CvUnreadable("The file has no text Slate can read (a scanned image needs its text pasted instead).");
        }
        return lines;
    }

    /**
     * A line as the reader may safely take it: no control characters (a NUL cannot even be stored
     * in PostgreSQL's JSON) and no half surrogate pairs; runs of spaces shortened to what still
     * reads as a column break; at most {@link #MAX_LINE} characters, which keeps every rule's
     * regular expressions linear in practice.
     */
    static String tidy(String line) {
        StringBuilder tidy = new StringBuilder(Math.min(line.length(), MAX_LINE));
        int spaces = 0;
        for (int i = 0; i < line.length() && tidy.length() < MAX_LINE; i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                if (tidy.length() + 2 > MAX_LINE) {
                    break;
                }
                tidy.append(c).append(line.charAt(++i));
                spaces = 0;
                continue;
            }
            if (Character.isSurrogate(c)) {
                c = '\ufffd';
            } else if (c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                continue;
            }
            spaces = c == ' ' ? spaces + 1 : 0;
            if (spaces <= MAX_SPACES) {
                tidy.append(c);
            }
        }
        return tidy.toString().stripTrailing();
    }

    /** At most {@code max} characters, never cutting a surrogate pair in two. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }

    private static String utf8(byte[] file) {
        if (file.length >= 2 && (file[0] == (byte) 0xFE && file[1] == (byte) 0xFF || file[0] == (byte) 0xFF && file[1] == (byte) 0xFE)) {
            return new String(file, StandardCharsets.UTF_16);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Not UTF-8: text pasted from an old Windows program, read as its code page.
            return new String(file, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static String docx(byte[] file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replace('\n', ' ').replace('\t', ' ').strip());
                        }
                        text.append(String.join("\t", cells)).append('\n');
                    }
                }
                if (text.length() > MAX_CHARACTERS) {
                    break;
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new CvUnreadable("This Word file cannot be read (it may be damaged, or not a .docx).", e);
        }
    }

    private static String pdf(byte[] file) {
        // Streams decode into at most 64 MB of memory: a small PDF that inflates to gigabytes is refused, not run out of memory.
        try (PDDocument document = Loader.loadPDF(file, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
            ColumnStripper stripper = new ColumnStripper();
            stripper.setEndPage(Math.min(MAX_PAGES, document.getNumberOfPages()));
            stripper.getText(document);
            return stripper.text();
        } catch (InvalidPasswordException e) {
            throw new CvUnreadable("This PDF is locked with a password: send an unlocked copy, or paste its text.", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new CvUnreadable("This PDF cannot be read (it may be damaged).", e);
        }
    }

    /**
     * Collects the glyphs of each page and rebuilds its lines from their positions: glyphs on one
     * baseline make a line, and a gap wider than the font's size between two of them is a column
     * break (a tab), where an ordinary word space is not.
     */
    private static final class ColumnStripper extends PDFTextStripper {

        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> page = new ArrayList<>();

        ColumnStripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (page.size() < MAX_CHARACTERS) {
                page.add(glyph);
            }
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage pdPage) throws IOException {
            page.sort(Comparator.comparingDouble((TextPosition g) -> Math.round(g.getYDirAdj() * 2) / 2.0).thenComparingDouble(TextPosition::getXDirAdj));
            TextPosition previous = null;
            for (TextPosition glyph : page) {
                if (previous != null) {
                    boolean sameLine = Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) < Math.max(1.0, previous.getHeightDir() * 0.5);
                    if (!sameLine) {
                        text.append('\n');
                    } else {
                        double gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                        double size = Math.max(1.0, previous.getFontSizeInPt());
                        if (gap > size) {
                            text.append('\t');
                        } else if (gap > size * 0.15 && !previous.getUnicode().isBlank() && !glyph.getUnicode().isBlank()) {
                            text.append(' ');
                        }
                    }
                }
                text.append(glyph.getUnicode());
                previous = glyph;
            }
            text.append('\n');
            page.clear();
        }

        String text() {
            return text.toString();
        }
    }
}
