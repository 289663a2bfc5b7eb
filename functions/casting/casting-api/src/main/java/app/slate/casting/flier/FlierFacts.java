package app.slate.casting.flier;

import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectType;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleDetails;
import java.awt.ComponentOrientation;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a role's flier says, worded in its project's language: the facts a talent needs to
 * decide (pay, nudity or intimacy, playing age, gender, place, languages, union) always, then
 * shooting dates and skills when the format has room, then the role's description. Nothing names
 * a confidential project. Its text is also what a rendering is known by: the same facts make the
 * same files.
 *
 * @param required how many of {@code facts}, from the first, every format must show
 */
public record FlierFacts(String locale, boolean rightToLeft, String headline, String role, String roleLine,
                         List<Fact> facts, int required, String applyByLabel, String applyBy, String scan, String link,
                         String description) {

    public record Fact(String label, String value) {
    }

    public static FlierFacts of(CastingRole role, Project project, String link) {
        Locale locale = Locale.forLanguageTag(project.locale);
        FlierWording words = FlierWording.of(locale);
        RoleDetails details = role.details;
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(words.say("pay"), pay(details.pay(), locale, words)));
        // Nudity and intimacy come straight after pay: what someone must know before applying is never the first thing cut.
        List<String> rider = new ArrayList<>();
        if (details.rider().nudity() != RoleDetails.Nudity.NONE) {
            rider.add(words.say("nudity." + details.rider().nudity()));
        }
        if (details.rider().intimacy()) {
            rider.add(words.say("intimacy"));
        }
        if (!rider.isEmpty()) {
            facts.add(new Fact(words.say("note"), joined(rider.stream())));
        }
        facts.add(new Fact(words.say("playing-age"), ages(details.playableAge(), locale)));
        facts.add(new Fact(words.say("gender"), details.genders().isEmpty() ? words.say("any-gender")
                : joined(details.genders().stream().map(gender -> words.say("gender." + gender)))));
        facts.add(new Fact(words.say("location"), place(details.location(), locale)));
        if (!details.languages().isEmpty()) {
            facts.add(new Fact(words.say("languages"), joined(details.languages().stream().map(code -> Locale.of(code).getDisplayLanguage(locale)))));
        }
        if (details.union() != RoleDetails.UnionRequirement.ANY) {
            facts.add(new Fact(words.say("union"), words.say("union." + details.union())));
        }
        int required = facts.size();
        if (details.shooting() != null) {
            DateTimeFormatter day = localised(DateTimeFormatter.ofLocalizedDate(dateStyle(locale)), locale);
            facts.add(new Fact(words.say("shooting"), day.format(details.shooting().from()) + " \u2013 " + day.format(details.shooting().to())));
        }
        if (!details.skills().isEmpty() || !details.accents().isEmpty()) {
            facts.add(new Fact(words.say("skills"), joined(Stream.concat(details.skills().stream(), details.accents().stream()))));
        }
        DateTimeFormatter deadline = localised(DateTimeFormatter.ofLocalizedDateTime(dateStyle(locale), FormatStyle.SHORT), locale);
        return new FlierFacts(locale.toLanguageTag(), rightToLeft(locale),
                words.say("headline"), role.name, words.say("kind." + details.kind()) + " \u00b7 " + projectTitle(project, locale, words),
                List.copyOf(facts), required, words.say("apply-by"), deadline.format(role.deadline.atZone(ZoneOffset.UTC)) + " UTC",
                words.say("scan"), link, details.description());
    }

    /** The board's own words in English; in another language, "Untitled series" as that language says it. */
    private static String projectTitle(Project project, Locale locale, FlierWording words) {
        if (!project.confidential || locale.getLanguage().equals("en")) {
            return project.publicTitle();
        }
        String untitled = words.say("untitled", words.say("type." + ProjectType.valueOf(project.type)));
        return untitled.substring(0, 1).toUpperCase(locale) + untitled.substring(1);
    }

    private static String pay(RoleDetails.Pay pay, Locale locale, FlierWording words) {
        String amount;
        if (!pay.paid()) {
            amount = words.say("unpaid");
        } else if (pay.amount() == null || pay.currency() == null) {
            amount = words.say("paid");
        } else {
            String sum = money(pay.amount(), pay.currency(), locale);
            amount = pay.period() == null ? sum : words.say("per." + pay.period(), sum);
        }
        return pay.notes() == null || pay.notes().isBlank() ? amount : amount + " \u00b7 " + pay.notes().strip();
    }

    /**
     * "£650", "£27.50"; right to left, the currency's name after the number ("٦٥٠ جنيه إسترليني"),
     * since a symbol such as "UK£" in Arabic text is turned around by the bidirectional order. A
     * code the JDK does not know (stored before roles were checked against ISO 4217) follows the number.
     */
    private static String money(BigDecimal amount, String code, Locale locale) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            return NumberFormat.getNumberInstance(locale).format(amount) + " " + code;
        }
        NumberFormat format = rightToLeft(locale) ? NumberFormat.getNumberInstance(locale) : NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int scale = amount.stripTrailingZeros().scale();
        int digits = scale <= 0 ? 0 : Math.max(scale, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String number = format.format(amount);
        return rightToLeft(locale) ? number + " " + currency.getDisplayName(locale) : number;
    }

    private static boolean rightToLeft(Locale locale) {
        return !ComponentOrientation.getOrientation(locale).isLeftToRight();
    }

    private static String ages(RoleDetails.AgeRange age, Locale locale) {
        NumberFormat number = NumberFormat.getIntegerInstance(locale);
        return age.min() == age.max() ? number.format(age.min()) : number.format(age.min()) + "\u2013" + number.format(age.max());
    }

    private static String place(RoleDetails.RoleLocation location, Locale locale) {
        return Stream.of(location.city(), location.region(), Locale.of("", location.country()).getDisplayCountry(locale))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(rightToLeft(locale) ? "\u060c " : ", "));
    }

    /** "15 Jan 2027" where the language shortens month names; the month written out where its short date is all digits (Arabic). */
    private static FormatStyle dateStyle(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, locale).contains("MMM")
                ? FormatStyle.MEDIUM : FormatStyle.LONG;
    }

    /** Dates with the language's own digits (Arabic-Indic in ar-SA), as its numbers have. */
    private static DateTimeFormatter localised(DateTimeFormatter format, Locale locale) {
        return format.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
    }

    private static String joined(Stream<String> parts) {
        return parts.collect(Collectors.joining(" \u00b7 "));
    }
}
