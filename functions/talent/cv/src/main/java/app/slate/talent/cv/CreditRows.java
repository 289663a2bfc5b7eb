package app.slate.talent.cv;

import app.slate.talent.profile.Credit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits, one a row: in columns (a Word or PDF table, a pasted one) whose order a header row may
 * name ("Year | Production | Role | Company"), or written out ("Saltwater (2024) - Lina - Red Sea
 * Films"). A credit needs a title and a year, as the profile's do; a row without a year is left
 * for the talent to add by hand.
 */
final class CreditRows {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(19[5-9]\\d|20\\d\\d)(?:\\s*[-–/]\\s*(?:19|20)?\\d\\d)?(?![\\d/])");
    private static final Pattern DASHES = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern NETWORK = Pattern.compile("(?i)\\b(bbc|itv|channel [45]|sky|netflix|hbo|apple tv\\+?|amazon|prime video|hulu|"
            + "nbc|cbs|abc|fox|amc|mbc|shahid|osn|disney\\+|paramount\\+|starz|showtime)\\b");
    private static final Pattern BROADCASTER = Pattern.compile(NETWORK.pattern() + "|(?i)\\b(tv|tv series|series|sitcom|episode|season)\\b");
    private static final Pattern KIND_WORDS = Pattern.compile("(?i)(tv |web )?(series|mini-?series|short|short film|feature|feature film|film|"
            + "commercial|tv|play|musical|video game|music video|pilot)");
    private static final Pattern ROLE_LABEL = Pattern.compile("(?i)^((role|character)\\s*:|as|playing)\\s+");
    private static final Pattern VENUE = Pattern.compile("(?i)\\b(theat(re|er)|playhouse|young vic|old vic|rsc|donmar|almeida|globe|"
            + "royal court|lyceum|opera|fringe|national theat(re|er))\\b");
    /** Words that name a production company or broadcaster, as what follows a title's comma. */
    private static final Pattern HOUSE = Pattern.compile("(?i)\\b(tv|films?|pictures|studios?|productions?|company|media|entertainment)\\b");
    private static final Pattern DIRECTOR = Pattern.compile("(?i)^(dir\\.?|directed by|director:?)\\s");
    private static final Pattern COMMERCIAL_FOR = Pattern.compile("(?i)\\s(tv )?commercial\\b( for\\b|$)");
    private static final int TITLE = 200;
    private static final int SHORT = 120;

    /** Which column holds what, once a header row has said so. */
    record Columns(int year, int title, int role, int company) {
    }

    private CreditRows() {
    }

    /** The columns a header row names, when the row is one ("Production  Role  Director  Year"). */
    static Optional<Columns> header(String line) {
        if (YEAR.matcher(line).find()) {
            return Optional.empty();
        }
        List<String> cells = Cells.of(line);
        int year = -1, title = -1, role = -1, company = -1;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).toLowerCase(Locale.ROOT);
            if (cell.matches("years?|date")) {
                year = i;
            } else if (cell.matches("(production|title|project|show|film|play|programme|program)s?")) {
                title = i;
            } else if (cell.matches("(role|character|part)s?")) {
                role = i;
            } else if (cell.matches("(company|director|theat(re|er)|venue|network|channel|studio|producer|broadcaster)s?( ?/ ?\\w+)*"
                    + "|company / director|director / company")) {
                company = company < 0 ? i : company;
            } else if (!cell.isEmpty()) {
                return Optional.empty(); // a cell that is no column's name: a credit, not a header
            }
        }
        return title >= 0 && (role >= 0 || year >= 0 || company >= 0) ? Optional.of(new Columns(year, title, role, company)) : Optional.empty();
    }

    /** The credit a row holds, or empty when it holds no title and year. */
    static Optional<Credit> read(String line, Section section, Columns columns) {
        List<String> cells = Cells.of(line);
        String title;
        String role;
        String company;
        Integer year;
        if (columns != null && cells.size() > 1) {
            year = columns.year() >= 0 ? year(cell(cells, columns.year())) : null;
            title = cell(cells, columns.title());
            role = cell(cells, columns.role());
            company = cell(cells, columns.company());
            if (year == null) {
                year = cells.stream().map(CreditRows::year).filter(y -> y != null).findFirst().orElse(null);
            }
        } else {
            List<String> parts = new ArrayList<>(cells.stream().filter(c -> !c.isEmpty()).toList());
            if (parts.size() == 1) {
                parts = new ArrayList<>(List.of(DASHES.split(parts.get(0))));
            }
            year = null;
            for (int i = parts.size() - 1; i >= 0 && year == null; i--) {
                if (parts.get(i).strip().matches(YEAR.pattern())) {
                    year = year(parts.remove(i));
                }
            }
            for (int i = 0; i < parts.size() && year == null; i++) {
                year = year(parts.get(i));
            }
            parts.removeIf(p -> DIRECTOR.matcher(p).find());
            title = parts.isEmpty() ? null : parts.get(0);
            role = parts.size() > 1 ? parts.get(1) : null;
            company = parts.size() > 2 ? parts.get(2) : null;
            if (title != null && cells.size() == 1) {
                // "Al Fursan (2018), Kuwait National Theatre": what follows the title's comma is its kind, year or company.
                List<String> pieces = Cells.items(title);
                boolean asides = pieces.size() > 1 && pieces.subList(1, pieces.size()).stream().allMatch(p -> YEAR.matcher(p.strip()).matches()
                        || KIND_WORDS.matcher(p.strip()).matches() || VENUE.matcher(p).find() || NETWORK.matcher(p).find() || HOUSE.matcher(p).find());
                if (asides) {
                    for (String piece : pieces.subList(1, pieces.size())) {
                        if (company == null && !YEAR.matcher(piece.strip()).matches() && !KIND_WORDS.matcher(piece.strip()).matches()) {
                            company = piece.strip();
                        }
                    }
                    title = pieces.get(0);
                }
            }
        }
        if (title == null || year == null) {
            return Optional.empty();
        }
        Credit.Type type = type(section, line);
        title = cleanTitle(title);
        role = role == null ? null : cleanRole(ROLE_LABEL.matcher(role).replaceFirst(""));
        company = company == null ? null : trimEnd(YEAR.matcher(company).replaceAll(""));
        if (title.isEmpty() || year < 1900 || year > 2100) {
            return Optional.empty();
        }
        return Optional.of(new Credit(CvText.clip(title, TITLE), blankToNull(CvText.clip(role, SHORT)), year, type, blankToNull(CvText.clip(company, SHORT))));
    }

    /** The section's kind, unless the row says otherwise ("(short film, 2022)", "TV series", a broadcaster in a mixed section). */
    static Credit.Type type(Section section, String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(\\bvideo ?game\\b|\\(game\\)).*")) {
            return Credit.Type.GAME;
        }
        if (lower.matches(".*\\bmusic video\\b.*")) {
            return Credit.Type.MUSIC_VIDEO;
        }
        if (lower.matches(".*\\bcommercial\\b.*") && section.credit().isEmpty()) {
            return Credit.Type.COMMERCIAL;
        }
        if (lower.matches(".*\\b(short|short film|feature)\\b.*") && section != Section.THEATRE) {
            return Credit.Type.FILM;
        }
        if (lower.matches(".*\\b(tv series|series|sitcom|episode)\\b.*") && section != Section.THEATRE) {
            return Credit.Type.SERIES;
        }
        return section.credit().orElseGet(() -> BROADCASTER.matcher(line).find() ? Credit.Type.SERIES
                : VENUE.matcher(line).find() ? Credit.Type.THEATRE : Credit.Type.FILM);
    }

    /** The title without what the row put beside it: "(2024)", "(short film, 2022)", ", TV series, 2021", " commercial for Almarai". */
    private static String cleanTitle(String title) {
        String cleaned = title;
        Matcher brackets = PARENTHETICAL.matcher(cleaned);
        StringBuilder kept = new StringBuilder();
        while (brackets.find()) {
            String inside = brackets.group(1).toLowerCase(Locale.ROOT);
            boolean aside = YEAR.matcher(inside).find() || inside.matches(".*\\b(short|film|series|tv|video game|game|commercial|pilot|netflix|bbc|itv|hbo|mbc)\\b.*");
            brackets.appendReplacement(kept, aside ? "" : Matcher.quoteReplacement(brackets.group()));
        }
        brackets.appendTail(kept);
        cleaned = kept.toString();
        cleaned = cleaned.replaceAll("(?i),\\s*(tv series|series|short film|short|feature film|film|commercial)\\b.*$", "");
        Matcher commercial = COMMERCIAL_FOR.matcher(cleaned);
        if (commercial.find()) {
            cleaned = cleaned.substring(0, commercial.start());
        }
        cleaned = YEAR.matcher(cleaned).replaceAll("");
        return trimEnd(cleaned).replaceAll("\\s{2,}", " ");
    }

    /** The role without a broadcaster in brackets ("Reem (MBC)"); a character in brackets stays ("Lead (Cole)"). */
    private static String cleanRole(String role) {
        Matcher brackets = PARENTHETICAL.matcher(role);
        StringBuilder kept = new StringBuilder();
        while (brackets.find()) {
            brackets.appendReplacement(kept, NETWORK.matcher(brackets.group(1)).find() || YEAR.matcher(brackets.group(1)).find()
                    ? "" : Matcher.quoteReplacement(brackets.group()));
        }
        brackets.appendTail(kept);
        return trimEnd(YEAR.matcher(kept.toString()).replaceAll(""));
    }

    /** Without trailing commas and spaces (a loop: a regex anchored at the end is quadratic on long runs of spaces). */
    private static String trimEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() && !cells.get(index).isBlank() ? cells.get(index) : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
