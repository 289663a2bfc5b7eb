package app.slate.ingestion.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a post gives: when applications close (a date after "deadline", "apply by",
 * "closes"...) and when the shoot runs (the first other date or range). Written day first or
 * month first, with or without the year; a date without a year is the next one to come. Numeric
 * dates are read day first (12/03/2027 is 12 March), as Slate's markets write them.
 */
record Dates(LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {

    static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b" + DAY + "(?:\\s*(?:-|–|to|until|till)\\s*" + DAY + ")?\\s+(?:of\\s+)?(" + MONTH_NAME + ")\\.?,?(?:\\s+(\\d{4}))?");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b(" + MONTH_NAME + ")\\.?\\s+" + DAY + "(?:\\s*(?:-|–|to|until|till)\\s*" + DAY + ")?\\b,?(?:\\s+(\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2,4})\\b");
    private static final Pattern DEADLINE = Pattern.compile("(?i)(deadline|apply by|applications? close|submissions? close|closing date|closes|submit by|no later than|before|by)\\W{0,3}$");

    private record Mention(int at, LocalDate from, LocalDate to) {
    }

    static Dates read(String body, LocalDate today) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = DAY_FIRST.matcher(body);
        while (m.find()) {
            add(mentions, m.start(), today, m.group(4), m.group(3), m.group(1), m.group(2));
        }
        m = MONTH_FIRST.matcher(body);
        while (m.find()) {
            add(mentions, m.start(), today, m.group(4), m.group(1), m.group(2), m.group(3));
        }
        Matcher iso = ISO.matcher(body);
        while (iso.find()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            int day = Integer.parseInt(iso.group(3));
            mention(mentions, iso.start(), () -> LocalDate.of(year, month, day), null);
        }
        Matcher numeric = NUMERIC.matcher(body);
        while (numeric.find()) {
            int written = Integer.parseInt(numeric.group(3));
            int year = written < 100 ? 2000 + written : written;
            int month = Integer.parseInt(numeric.group(2));
            int day = Integer.parseInt(numeric.group(1));
            mention(mentions, numeric.start(), () -> LocalDate.of(year, month, day), null);
        }
        mentions.sort((a, b) -> Integer.compare(a.at(), b.at()));
        LocalDate deadline = null;
        Mention shoot = null;
        for (Mention mention : mentions) {
            String before = body.substring(Math.max(0, mention.at() - 40), mention.at());
            if (deadline == null && DEADLINE.matcher(before.strip()).find()) {
                deadline = mention.from();
            } else if (shoot == null) {
                shoot = mention;
            }
        }
        return new Dates(shoot == null ? null : shoot.from(), shoot == null ? null : shoot.to(), deadline);
    }

    private static void add(List<Mention> mentions, int at, LocalDate today, String year, String month, String day, String toDay) {
        Month parsed = month(month);
        if (parsed == null || mentions.stream().anyMatch(x -> Math.abs(x.at() - at) < 4)) {
            return;
        }
        mention(mentions, at, () -> dated(today, year, parsed, Integer.parseInt(day)),
                toDay == null ? null : () -> dated(today, year, parsed, Integer.parseInt(toDay)));
    }

    private interface Day {
        LocalDate get();
    }

    private static void mention(List<Mention> mentions, int at, Day from, Day to) {
        try {
            LocalDate start = from.get();
            LocalDate end = to == null ? null : to.get();
            mentions.add(new Mention(at, start, end != null && end.isAfter(start) ? end : null));
        } catch (DateTimeException | NumberFormatException e) {
            // "31 February" is not a date: the post is read without it.
        }
    }

    /** Without a year: this year's, or next year's when this year's has passed. */
    private static LocalDate dated(LocalDate today, String year, Month month, int day) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
        return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
                return m;
            }
        }
        return null;
    }
}
