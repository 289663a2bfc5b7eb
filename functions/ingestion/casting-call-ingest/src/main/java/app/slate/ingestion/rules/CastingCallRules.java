package app.slate.ingestion.rules;

import app.slate.ingestion.CastingCallExtraction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a casting call out of a post with rules, as a careful admin would skim it: whether it
 * announces one at all, the project's kind, where, when, who (ages, genders), the pay, how to
 * apply, and how complete and credible it is. It is the embedded default, so ingestion works
 * without Bedrock; what it cannot tell stays empty for the admin reviewing the draft.
 */
public final class CastingCallRules {

    /** A post needs two of these to be a casting call; chatter rarely has two. */
    private static final Pattern SIGNALS = Pattern.compile("(?iU)\\b(casting|audition(?:s|ing)?|self[- ]?tapes?|seeking|looking for|wanted|"
            + "roles?|talents?|actors?|actress(?:es)?|models?|extras|performers?|voice[- ]?over|submissions?|apply|headshots?|showreel|"
            + "lead|supporting|day player|background|shoot(?:ing)?|كاستنج|كاستينج|مطلوب|اختيار ممثلين|تمثيل|تصوير|ممثل(?:ين|ة|ات)?)\\b");
    private static final Pattern SCAM = Pattern.compile("(?i)\\b(registration fee|pay (?:a|the)? ?fee|fee to audition|pay to audition|"
            + "processing fee|deposit required|send money|western union|portfolio fee|training fee)\\b");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/])\\+?\\d[\\d ()-]{7,}\\d");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern COMPANY = Pattern.compile("\\b((?:[A-Z][\\w&'-]{0,30}\\s){1,3}(?:Productions?|Pictures|Films|Studios?|Media|Entertainment|Casting|Theatre Company))\\b");
    private static final Pattern LABELLED = Pattern.compile("(?im)^[ \\t]*(?:[*•-][ \\t]*)?(role|title|project|production|company|producer|location|where|"
            + "requirements?|looking for|pay|rate|contact|to apply|apply|deadline)\\s*[:：-]\\s*(.+)$");
    private static final Pattern SEEKING = Pattern.compile("(?i)\\b(?:seeks?|seeking|looking for|wanted|needs?|required)[:\\s]{1,5}(?:an?\\s+)?([^\\s.,;!(][^.,;!\\n(]{2,79})");
    private static final Pattern AGE_RANGE = Pattern.compile("(?iU)(?:\\bages?d?\\s*|playing age\\s*|العمر\\s*|\\b)(\\d{1,2})\\s*(?:-|–|to|—)\\s*(\\d{1,2})\\b(?!\\s*(?:[./]|" + Dates.MONTH_NAME + "))");
    /** "18+", "over 21": not "3+ years of experience" or "10+ episodes". */
    private static final Pattern AGE_PLUS = Pattern.compile("(?i)(?:\\b(\\d{1,2})\\s*\\+|\\b(?:aged? )?(?:over|above)\\s+(\\d{1,2})\\b|\\b18\\s*and\\s*over\\b)"
            + "(?!\\s*(?:years?|yrs?|hours?|hrs?|days?|weeks?|months?|episodes?|seasons?|credits?|followers|people|k\\b))");
    /** What follows a range that is not ages: "10-12 hours", "3-5 years of experience", "9-5 pm". */
    private static final Pattern NOT_AGES = Pattern.compile("(?i)\\s*(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?|am\\b|pm\\b|h\\b|:|%|episodes?)");
    private static final Pattern DECADE = Pattern.compile("(?i)\\b(?:in (?:their|his|her) )?(\\d)0'?s\\b");
    private static final Pattern FEMALE = Pattern.compile("(?iU)\\b(female|females|woman|women|girls?|actress(?:es)?|ladies|lady|mother|أنثى|ممثلة|ممثلات|نساء)\\b");
    private static final Pattern MALE = Pattern.compile("(?iU)\\b(male|males|man|men|boys?|gentlemen|father|ذكر|ممثلين رجال|رجال)\\b");
    private static final Pattern ANY_GENDER = Pattern.compile("(?i)\\b(all genders|any gender|gender[- ]neutral|non[- ]binary|all ethnicities and genders)\\b");
    private static final Pattern NON_BINARY = Pattern.compile("(?i)\\bnon[- ]binary\\b");
    private static final Pattern REQUIREMENT = Pattern.compile("(?i)\\b(must|required|fluent|native|speak(?:s|ing)?|accent|experience|able to|"
            + "skills?|dancers?|singers?|driving licen[cs]e|swim|height|tall|language)\\b");

    private CastingCallRules() {
    }

    public static CastingCallExtraction read(String text, LocalDate today) {
        String body = text == null ? "" : text.strip();
        Set<String> signals = new LinkedHashSet<>();
        Matcher s = SIGNALS.matcher(body);
        while (s.find()) {
            signals.add(s.group(1).toLowerCase(Locale.ROOT));
        }
        boolean castingCall = signals.size() >= 2 && body.length() >= 40;
        Place place = Places.find(body);
        Dates dates = Dates.read(body, today);
        Pay pay = Pay.read(body);
        Integer[] ages = ages(body);
        List<String> genders = genders(body);
        String contact = contact(body);
        String company = company(body);
        String requirements = requirements(body);
        String title = title(body);
        double quality = quality(castingCall, title, company, place, dates, pay, contact, body);
        return new CastingCallExtraction(castingCall, title, company, ProjectKinds.of(body), place == null ? null : place.city(),
                place == null ? null : place.country(), dates.startsOn(), dates.endsOn(),
                dates.deadline() == null ? null : dates.deadline().atTime(23, 59, 59).toInstant(ZoneOffset.UTC),
                ages[0], ages[1], genders, pay.amount(), pay.currency(), pay.period(), pay.text(), requirements, contact,
                description(body), quality, CastingCallExtraction.RULES);
    }

    private static String labelled(String body, String... labels) {
        Matcher m = LABELLED.matcher(body);
        while (m.find()) {
            for (String label : labels) {
                if (m.group(1).equalsIgnoreCase(label)) {
                    return clip(m.group(2), 200);
                }
            }
        }
        return null;
    }

    /**
     * A "Role:" or "Title:" line (with the project's, when given); else the first line when it is
     * a heading; else what the post seeks, with what seeks it ("Female lead, Desert Bloom (feature film)").
     */
    static String title(String body) {
        String labelled = labelled(body, "role", "title");
        String project = labelled(body, "project", "production");
        if (labelled != null) {
            return project != null && !labelled.contains(project) ? clip(labelled + " – " + project, 200) : labelled;
        }
        List<String> lines = body.lines().map(CastingCallRules::cleanLine).filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return null;
        }
        if (lines.size() > 1 && lines.getFirst().length() <= 90) {
            return lines.getFirst();
        }
        Matcher seeking = SEEKING.matcher(body);
        if (seeking.find()) {
            String sought = seeking.group(1).strip();
            String line = body.substring(body.lastIndexOf('\n', seeking.start()) + 1, seeking.start());
            String seeker = cleanLine(line.substring(Math.max(line.lastIndexOf('.'), line.lastIndexOf('!')) + 1));
            String title = Character.toUpperCase(sought.charAt(0)) + sought.substring(1)
                    + (!seeker.isBlank() && seeker.length() <= 60 ? ", " + seeker : "");
            return clip(title, 200);
        }
        return clip(lines.getFirst(), 90);
    }

    private static String cleanLine(String line) {
        return line.replaceAll("[\\p{So}\\p{Sk}\\p{Cn}]", "").replaceAll("(?i)^\\s*(?:casting call|casting|call)\\s*[:!-]*\\s*", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static String company(String body) {
        String labelled = labelled(body, "company", "production", "producer");
        if (labelled != null) {
            return labelled;
        }
        Matcher m = COMPANY.matcher(body);
        return m.find() ? clip(m.group(1), 200) : null;
    }

    private static Integer[] ages(String body) {
        Matcher range = AGE_RANGE.matcher(body);
        while (range.find()) {
            int min = Integer.parseInt(range.group(1));
            int max = Integer.parseInt(range.group(2));
            // "3-28 March" is a date, "10-12 hours" a duration: ages are a few years apart and plausible.
            String after = body.substring(range.end(), Math.min(body.length(), range.end() + 12)).toLowerCase(Locale.ROOT);
            if (min < max && max <= 99 && max - min <= 40 && !NOT_AGES.matcher(after).lookingAt()) {
                return new Integer[] {min, max};
            }
        }
        Matcher plus = AGE_PLUS.matcher(body);
        if (plus.find()) {
            String n = plus.group(1) != null ? plus.group(1) : plus.group(2) != null ? plus.group(2) : "18";
            return new Integer[] {Integer.parseInt(n), null};
        }
        Matcher decade = DECADE.matcher(body);
        if (decade.find()) {
            int base = Integer.parseInt(decade.group(1)) * 10;
            return new Integer[] {base, base + 9};
        }
        return new Integer[] {null, null};
    }

    private static List<String> genders(String body) {
        if (ANY_GENDER.matcher(body).find()) {
            List<String> all = new ArrayList<>(List.of("FEMALE", "MALE"));
            if (NON_BINARY.matcher(body).find()) {
                all.add("NON_BINARY");
            }
            return List.copyOf(all);
        }
        List<String> genders = new ArrayList<>();
        if (FEMALE.matcher(body).find()) {
            genders.add("FEMALE");
        }
        if (MALE.matcher(body).find()) {
            genders.add("MALE");
        }
        return List.copyOf(genders);
    }

    private static String contact(String body) {
        Matcher email = EMAIL.matcher(body);
        if (email.find()) {
            return clip(email.group(), 300);
        }
        String labelled = labelled(body, "contact", "to apply", "apply");
        if (labelled != null) {
            return labelled;
        }
        Matcher phone = PHONE.matcher(body);
        if (phone.find()) {
            return clip(phone.group(), 300);
        }
        Matcher url = URL.matcher(body);
        return url.find() ? clip(url.group(), 300) : null;
    }

    /** The sentences that say what applicants need. */
    private static String requirements(String body) {
        String labelled = labelled(body, "requirements", "requirement", "looking for");
        if (labelled != null) {
            return labelled;
        }
        List<String> needs = sentences(body).stream().filter(x -> REQUIREMENT.matcher(x).find()).limit(3).toList();
        return needs.isEmpty() ? null : clip(String.join(" ", needs), 4000);
    }

    /** The first sentences, links and emoji left out. */
    private static String description(String body) {
        String plain = URL.matcher(body).replaceAll("").replaceAll("[\\p{So}\\p{Cn}]", "").replaceAll("\\s+", " ").strip();
        List<String> first = sentences(plain).stream().limit(3).toList();
        return clip(String.join(" ", first), 4000);
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("(?<=[.!?])\\s+|\\n+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * Complete and credible: a production named, a place, dates, pay and a way to apply each add;
     * asking applicants for money makes it worthless, whatever else it says.
     */
    private static double quality(boolean call, String title, String company, Place place, Dates dates, Pay pay, String contact, String body) {
        if (!call || SCAM.matcher(body).find()) {
            return 0;
        }
        double q = 0.1;
        q += title != null ? 0.1 : 0;
        q += company != null ? 0.15 : 0;
        q += place != null ? 0.15 : 0;
        q += dates.startsOn() != null || dates.deadline() != null ? 0.15 : 0;
        q += pay.amount() != null ? 0.2 : pay.text() != null ? 0.05 : 0;
        q += contact != null ? 0.15 : 0;
        return Math.round(Math.min(1, q) * 100) / 100.0;
    }

    static String clip(String value, int max) {
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
