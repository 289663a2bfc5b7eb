package app.slate.matching.score;

import app.slate.matching.role.RoleFeatures;
import app.slate.matching.talent.TalentFeatures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The nine factors, each a function of a talent and a role to a score in [0, 1] with its reason.
 * Hard requirements (age overlap, gender, languages, work permission, availability, union) are
 * already filters of the k-NN query; these grade how well a candidate who passes them fits.
 */
public final class Factors {

    /** Proficiency as a share of native command. */
    private static final Map<String, Double> PROFICIENCY = Map.of("NATIVE", 1.0, "FLUENT", 0.85, "CONVERSATIONAL", 0.5, "BASIC", 0.2);
    /** Experience a role of each kind usually asks for, in productions (or years) worked. */
    private static final Map<String, Integer> EXPERIENCE_EXPECTED = Map.of("LEAD", 20, "SUPPORTING", 10, "RECURRING", 10,
            "HOST", 10, "GUEST", 5, "DAY_PLAYER", 4, "VOICE", 5, "MODEL", 4, "DANCER", 6, "BACKGROUND", 0);
    /** Credit types that count as the same medium as a project type. */
    private static final Map<String, Set<String>> SAME_MEDIUM = Map.of(
            "FILM", Set.of("FILM"), "SHORT", Set.of("FILM"), "SERIES", Set.of("SERIES"), "COMMERCIAL", Set.of("COMMERCIAL"),
            "THEATRE", Set.of("THEATRE"), "MUSIC_VIDEO", Set.of("MUSIC_VIDEO"), "VOICE", Set.of("VOICE", "GAME"),
            "GAME", Set.of("GAME", "VOICE"), "MODELLING", Set.of("COMMERCIAL"));
    private static final int DAYS_PER_WEEK = 5;
    private static final int HOURS_PER_DAY = 8;

    private Factors() {
    }

    /** All nine, in {@link Factor} order. {@code dreamSimilarity} is null when the talent named no dream role. */
    public static List<FactorScore> all(TalentFeatures t, RoleFeatures r, Double dreamSimilarity, LocalDate today) {
        return List.of(salary(t, r), workAuthorization(t, r), physical(t, r), notableWorks(t, r, today), experience(t, r),
                awards(t), dreamRole(t, dreamSimilarity), languages(t, r), availability(t, r));
    }

    /**
     * Pay against the talent's lowest acceptable rate, both as a day rate (8 hours a day, 5 days
     * a week): 1 at or above it, falling linearly to 0 at half of it. Flat fees only compare with
     * a per-project rate; other currencies are not converted (no rates here), and score 0.5.
     */
    public static FactorScore salary(TalentFeatures t, RoleFeatures r) {
        Factor f = Factor.SALARY_ALIGNMENT;
        TalentFeatures.Salary wanted = t.salary();
        if (wanted == null) {
            return new FactorScore(f, 0.7, "No rate expectation stated", "You have not set a rate expectation");
        }
        String yours = "your rate is " + money(wanted.amountMinor(), wanted.currency()) + " a " + wanted.per().toLowerCase();
        if (!r.paid()) {
            return new FactorScore(f, wanted.amountMinor() == 0 ? 1 : 0, "Unpaid role",
                    "Unpaid; " + yours);
        }
        if (r.payAmount() == null || r.payCurrency() == null || r.payPeriod() == null) {
            return new FactorScore(f, 0.6, "Paid; the amount is not stated", "Paid; the amount is not stated");
        }
        String pays = "Pays " + r.payAmount().stripTrailingZeros().toPlainString() + " " + r.payCurrency() + " a "
                + ("FLAT".equals(r.payPeriod()) ? "project (flat)" : r.payPeriod().toLowerCase());
        if (!r.payCurrency().equals(wanted.currency())) {
            return new FactorScore(f, 0.5, pays + "; the talent's rate is in another currency", pays + "; " + yours);
        }
        Double offered = perDay(r.payAmount().movePointRight(minorDigits(r.payCurrency())).doubleValue(), r.payPeriod());
        Double expected = perDay(wanted.amountMinor(), wanted.per());
        if (offered == null || expected == null) {
            boolean bothFlat = offered == null && expected == null;
            if (!bothFlat) {
                return new FactorScore(f, 0.6, pays + "; not comparable with the talent's rate basis", pays + "; " + yours);
            }
            offered = r.payAmount().movePointRight(minorDigits(r.payCurrency())).doubleValue();
            expected = (double) wanted.amountMinor();
        }
        double ratio = expected == 0 ? 1 : offered / expected;
        double score = ratio >= 1 ? 1 : Math.max(0, (ratio - 0.5) / 0.5);
        String verdict = ratio >= 1 ? "meets" : "is below";
        return new FactorScore(f, score, pays + "; " + verdict + " the talent's rate expectation", pays + "; " + yours);
    }

    /**
     * Permission to work in the shooting country: citizens and permanent residents 1, a work
     * visa 0.8 (it may lapse or bind to an employer), based there with nothing stated 0.9.
     */
    public static FactorScore workAuthorization(TalentFeatures t, RoleFeatures r) {
        Factor f = Factor.WORK_AUTHORIZATION;
        String country = r.country();
        for (TalentFeatures.Authorization a : t.authorizations()) {
            if (a.country().equals(country) && a.canWork()) {
                double score = "WORK_VISA".equals(a.status()) ? 0.8 : 1;
                return new FactorScore(f, score, "Authorized to work in " + country,
                        "You are authorized to work in " + country + " (" + a.status().toLowerCase().replace('_', ' ') + ")");
            }
        }
        if (t.country().equals(country)) {
            return new FactorScore(f, 0.9, "Based in " + country, "You are based in " + country);
        }
        return new FactorScore(f, 0, "Not authorized to work in " + country, "You have no permission to work in " + country + " on file");
    }

    /**
     * The look the breakdown asks for: how much of the narrower of the two age ranges the other
     * covers (gender is a filter). A talent whose whole range fits a wide role range scores 1, as
     * does one whose range spans a narrow role range; no overlap 0.
     */
    public static FactorScore physical(TalentFeatures t, RoleFeatures r) {
        int overlap = Math.min(t.ageMax(), r.ageMax()) - Math.max(t.ageMin(), r.ageMin()) + 1;
        int span = Math.min(r.ageMax() - r.ageMin(), t.ageMax() - t.ageMin()) + 1;
        double cover = Math.max(0, Math.min(1, (double) overlap / span));
        String reason = "Plays " + t.ageMin() + "–" + t.ageMax() + (cover >= 1 ? ", within" : ", covering " + Math.round(cover * 100) + "% of")
                + " the role's " + r.ageMin() + "–" + r.ageMax();
        return FactorScore.same(Factor.PHYSICAL_ATTRIBUTES, cover, reason);
    }

    /**
     * Credits in the project's medium: each counts a third (at most three), and 0.2 of the score
     * is for one from the last five years.
     */
    public static FactorScore notableWorks(TalentFeatures t, RoleFeatures r, LocalDate today) {
        Set<String> medium = SAME_MEDIUM.getOrDefault(r.projectType(), Set.of());
        List<TalentFeatures.Work> relevant = t.credits().stream().filter(c -> medium.contains(c.type())).toList();
        if (relevant.isEmpty()) {
            String reason = t.credits().isEmpty() ? "No credits listed"
                    : t.credits().size() + " credit(s), none in " + medium(r.projectType());
            return FactorScore.same(Factor.NOTABLE_WORKS_RELEVANCE, 0, reason);
        }
        TalentFeatures.Work latest = relevant.stream().max((a, b) -> Integer.compare(a.year(), b.year())).orElseThrow();
        boolean recent = latest.year() >= today.getYear() - 5;
        double score = 0.8 * Math.min(1, relevant.size() / 3.0) + (recent ? 0.2 : 0);
        return FactorScore.same(Factor.NOTABLE_WORKS_RELEVANCE, score, relevant.size() + " credit(s) in "
                + medium(r.projectType()) + ", latest " + latest.title() + " (" + latest.year() + ")");
    }

    /**
     * Productions worked (or credits, whichever is more) plus years active, against what the
     * role's kind usually asks: a lead about 20, a day player 4; background work asks nothing.
     */
    public static FactorScore experience(TalentFeatures t, RoleFeatures r) {
        int expected = EXPERIENCE_EXPECTED.getOrDefault(r.kind(), 5);
        int productions = Math.max(t.productions() == null ? 0 : t.productions(), t.credits().size());
        int years = t.yearsActive() == null ? 0 : t.yearsActive();
        double score = expected == 0 ? 1 : Math.min(1, (productions + years) / (double) expected);
        String reason = productions + " production(s) over " + years + " year(s); a " + r.kind().toLowerCase().replace('_', ' ')
                + " role usually asks " + expected;
        return FactorScore.same(Factor.PRODUCTION_EXPERIENCE, score, reason);
    }

    /** Recognition: a win counts 1, a nomination 0.4; two points or more score 1. */
    public static FactorScore awards(TalentFeatures t) {
        if (t.awards().isEmpty()) {
            return FactorScore.same(Factor.AWARDS, 0, "No awards listed");
        }
        long won = t.awards().stream().filter(TalentFeatures.Honour::won).count();
        long nominated = t.awards().size() - won;
        TalentFeatures.Honour best = t.awards().stream()
                .sorted((a, b) -> a.won() != b.won() ? (a.won() ? -1 : 1) : Integer.compare(b.year(), a.year())).findFirst().orElseThrow();
        double score = Math.min(1, (won + 0.4 * nominated) / 2);
        return FactorScore.same(Factor.AWARDS, score, won + " win(s), " + nominated + " nomination(s); "
                + (best.won() ? "won " : "nominated for ") + best.name() + " (" + best.year() + ")");
    }

    /**
     * How close the role is to the parts the talent says they want: the cosine similarity of the
     * two embeddings, 0.2 and below scoring 0, 0.7 and above 1. No dream role named: 0.5. The
     * casting team is not told what the dream roles are.
     */
    public static FactorScore dreamRole(TalentFeatures t, Double similarity) {
        Factor f = Factor.DREAM_ROLE_ALIGNMENT;
        if (similarity == null || t.dreamRoles().isEmpty()) {
            return new FactorScore(f, 0.5, "No dream roles named", "You have not named dream roles");
        }
        double score = Math.max(0, Math.min(1, (similarity - 0.2) / 0.5));
        String closeness = score >= 0.7 ? "close to" : score >= 0.3 ? "somewhat like" : "unlike";
        return new FactorScore(f, score, "The role is " + closeness + " the parts the talent most wants to play",
                "The role is " + closeness + " your dream roles (" + String.join("; ", t.dreamRoles()) + ")");
    }

    /**
     * Command of each required language (native 1, fluent 0.85, conversational 0.5, basic 0.2),
     * averaged; when the role names accents, 30% of the score is the share of them the talent has.
     */
    public static FactorScore languages(TalentFeatures t, RoleFeatures r) {
        if (r.languages().isEmpty() && r.accents().isEmpty()) {
            return FactorScore.same(Factor.LANGUAGE_PROFICIENCY, 1, "No language requirement");
        }
        List<String> parts = new ArrayList<>();
        double language = 1;
        if (!r.languages().isEmpty()) {
            double sum = 0;
            for (String code : r.languages()) {
                TalentFeatures.Language spoken = t.languages().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
                sum += spoken == null ? 0 : PROFICIENCY.getOrDefault(spoken.proficiency(), 0.0);
                parts.add(code + " " + (spoken == null ? "not spoken" : spoken.proficiency().toLowerCase()));
            }
            language = sum / r.languages().size();
        }
        double score = language;
        if (!r.accents().isEmpty()) {
            List<String> has = t.accentTerms();
            List<String> matched = r.accentTerms().stream().filter(has::contains).toList();
            score = 0.7 * language + 0.3 * matched.size() / r.accentTerms().size();
            parts.add(matched.isEmpty() ? "none of the accents asked for" : "accent " + String.join(", ", matched));
        }
        return FactorScore.same(Factor.LANGUAGE_PROFICIENCY, score, String.join("; ", parts));
    }

    /**
     * The calendar over the shooting dates: marked available throughout 1, nothing marked 0.8,
     * tentative for part 0.5, unavailable for part 0. Dates not set yet: 0.7.
     */
    public static FactorScore availability(TalentFeatures t, RoleFeatures r) {
        Factor f = Factor.AVAILABILITY;
        if (!r.hasShootingDates()) {
            return FactorScore.same(f, 0.7, "Shooting dates not set yet");
        }
        List<TalentFeatures.Window> over = t.availability().stream().filter(w -> w.overlaps(r.shootingFrom(), r.shootingTo())).toList();
        if (over.stream().anyMatch(w -> "UNAVAILABLE".equals(w.status()))) {
            return FactorScore.same(f, 0, "Unavailable for part of the shoot");
        }
        if (over.stream().anyMatch(w -> "TENTATIVE".equals(w.status()))) {
            return FactorScore.same(f, 0.5, "Tentative for part of the shoot");
        }
        boolean covered = over.stream().anyMatch(w -> !w.from().isAfter(r.shootingFrom()) && !w.to().isBefore(r.shootingTo()));
        return covered ? FactorScore.same(f, 1, "Marked available for the whole shoot")
                : FactorScore.same(f, 0.8, "Nothing in the calendar over the shoot");
    }

    private static String medium(String projectType) {
        return SAME_MEDIUM.getOrDefault(projectType, Set.of()).stream().sorted().map(m -> m.toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(" or ")).replaceAll("^$", projectType.toLowerCase());
    }

    private static Double perDay(double amount, String period) {
        return switch (period) {
            case "HOUR" -> amount * HOURS_PER_DAY;
            case "DAY" -> amount;
            case "WEEK" -> amount / DAYS_PER_WEEK;
            default -> null;
        };
    }

    private static int minorDigits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static String money(long minor, String currency) {
        return BigDecimal.valueOf(minor).movePointLeft(minorDigits(currency)).stripTrailingZeros().toPlainString() + " " + currency;
    }
}
