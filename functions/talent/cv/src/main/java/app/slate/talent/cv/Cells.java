package app.slate.talent.cv;

import java.util.ArrayList;
import java.util.List;

/** A line's columns: cells of a Word table or of a PDF page (tabs), a pasted table (two or more spaces), or pipes. */
final class Cells {

    private Cells() {
    }

    static List<String> of(String line) {
        String[] parts = line.contains("\t") ? line.split("\t") : line.split("\\s{2,}|\\s+\\|\\s+|\\s*\\|\\s*(?=$)|^\\s*\\|\\s*");
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.strip());
        }
        return cells;
    }

    /** Items of a list written on one line: split at commas, semicolons, pipes and bullets, never inside brackets. */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            boolean bullet = (c == '•' || c == '·' || c == '▪' || c == '●');
            if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '\t' || bullet)) {
                add(items, item);
            } else {
                item.append(c);
            }
        }
        add(items, item);
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String value = item.toString().strip().replaceAll("^[-*–]\\s+", "").strip();
        if (!value.isEmpty()) {
            items.add(value);
        }
        item.setLength(0);
    }
}
