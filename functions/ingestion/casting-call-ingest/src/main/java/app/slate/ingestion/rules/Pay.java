package app.slate.ingestion.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pay a post offers: amount, ISO currency, period (HOUR, DAY, WEEK, FLAT) and the words it
 * was written in. Symbols and local words are read as their currency ("SR", "riyals", "£",
 * "ريال"); "2.5k" is 2,500. Unpaid calls say so in the text and have no amount.
 */
record Pay(BigDecimal amount, String currency, String period, String text) {

    /** What the drafts' amount column holds (numeric(12,2)). */
    private static final BigDecimal MOST = new BigDecimal("10000000000");
    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();
    private static final Pattern BEFORE;
    private static final Pattern AFTER;
    private static final Pattern UNPAID = Pattern.compile("(?i)\\b(unpaid|no pay|expenses only|deferred pay(?:ment)?|volunteer|for credit|tfp)\\b");
    private static final String AMOUNT = "(\\d{1,3}(?:[,\\s]\\d{3}){1,6}|\\d{1,12}(?:\\.\\d{1,2})?)\\s?(k)?";
    private static final String PERIOD = "(?:\\s*(?:/|per|a|an|each)\\s*(hour|hr|day|week|wk|project|job)\\b|\\s+(daily|weekly|hourly|flat|total|buyout|in total|يوميا|يومياً|أسبوعيا))?";

    static {
        for (String s : new String[] {"SAR", "SR", "riyals", "riyal", "ريال", "ر.س"}) {
            CURRENCIES.put(s.toLowerCase(Locale.ROOT), "SAR");
        }
        for (String s : new String[] {"AED", "dirhams", "dirham", "درهم"}) {
            CURRENCIES.put(s.toLowerCase(Locale.ROOT), "AED");
        }
        for (String s : new String[] {"GBP", "£", "pounds sterling"}) {
            CURRENCIES.put(s.toLowerCase(Locale.ROOT), "GBP");
        }
        for (String s : new String[] {"USD", "US$", "$", "dollars"}) {
            CURRENCIES.put(s.toLowerCase(Locale.ROOT), "USD");
        }
        for (String s : new String[] {"EUR", "€", "euros"}) {
            CURRENCIES.put(s.toLowerCase(Locale.ROOT), "EUR");
        }
        for (String s : new String[] {"EGP", "QAR", "KWD", "BHD", "OMR", "JOD"}) {
            CURRENCIES.put(s.toLowerCase(Locale.ROOT), s);
        }
        String names = String.join("|", CURRENCIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
        BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(" + names + ")\\s?" + AMOUNT + PERIOD);
        AFTER = Pattern.compile("(?iu)(?<![\\d.,])" + AMOUNT + "\\s?(" + names + ")(?![\\p{L}])" + PERIOD);
    }

    static Pay read(String body) {
        Matcher before = BEFORE.matcher(body);
        Matcher after = AFTER.matcher(body);
        boolean b = before.find();
        boolean a = after.find();
        if (b && (!a || before.start() <= after.start())) {
            return of(before.group(), before.group(1), before.group(2), before.group(3), before.group(4), before.group(5));
        }
        if (a) {
            return of(after.group(), after.group(3), after.group(1), after.group(2), after.group(4), after.group(5));
        }
        Matcher unpaid = UNPAID.matcher(body);
        return unpaid.find() ? new Pay(null, null, null, unpaid.group(1)) : new Pay(null, null, null, null);
    }

    private static Pay of(String written, String currency, String amount, String thousands, String per, String word) {
        BigDecimal value = new BigDecimal(amount.replaceAll("[,\\s]", ""));
        if (thousands != null) {
            value = value.multiply(BigDecimal.valueOf(1000));
        }
        String text = CastingCallRules.clip(written, 300);
        if (value.compareTo(MOST) >= 0) {
            // No casting call pays ten billion; the words stay for the reviewer, the figure does not.
            return new Pay(null, null, null, text);
        }
        return new Pay(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value, CURRENCIES.get(currency.toLowerCase(Locale.ROOT)),
                period(per, word), text);
    }

    private static String period(String per, String word) {
        String p = (per != null ? per : word != null ? word : "").toLowerCase(Locale.ROOT);
        return switch (p) {
            case "hour", "hr", "hourly" -> "HOUR";
            case "day", "daily", "يوميا", "يومياً" -> "DAY";
            case "week", "wk", "weekly", "أسبوعيا" -> "WEEK";
            case "project", "job", "flat", "total", "buyout", "in total" -> "FLAT";
            default -> null;
        };
    }
}
