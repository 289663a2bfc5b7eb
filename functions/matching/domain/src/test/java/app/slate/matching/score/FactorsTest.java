package app.slate.matching.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.talent.TalentFeatures;
import app.slate.matching.talent.TalentFeatures.Authorization;
import app.slate.matching.talent.TalentFeatures.Honour;
import app.slate.matching.talent.TalentFeatures.Language;
import app.slate.matching.talent.TalentFeatures.Salary;
import app.slate.matching.talent.TalentFeatures.Window;
import app.slate.matching.talent.TalentFeatures.Work;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void salaryComparesDayRatesAndNeverQuotesTheExpectationToCasting() {
        TalentFeatures wantsFiveHundred = talent().salary(new Salary(50_000, "GBP", "DAY")).build();

        FactorScore meets = Factors.salary(wantsFiveHundred, role().pay("600", "GBP", "DAY").build());
        FactorScore weekly = Factors.salary(wantsFiveHundred, role().pay("2000", "GBP", "WEEK").build());
        FactorScore hourly = Factors.salary(wantsFiveHundred, role().pay("40", "GBP", "HOUR").build());
        FactorScore otherCurrency = Factors.salary(wantsFiveHundred, role().pay("600", "EUR", "DAY").build());
        FactorScore flat = Factors.salary(wantsFiveHundred, role().pay("3000", "GBP", "FLAT").build());

        assertThat(meets.score()).isEqualTo(1.0);
        assertThat(weekly.score()).isCloseTo(0.6, within(1e-9));   // 400 a day of 500: 0.8 -> (0.8 - 0.5) / 0.5
        assertThat(hourly.score()).isCloseTo(0.28, within(1e-9));  // 320 a day: 0.64 -> 0.28
        assertThat(otherCurrency.score()).isEqualTo(0.5);
        assertThat(flat.score()).isEqualTo(0.6);
        assertThat(weekly.forCasting()).contains("below the talent's rate expectation").doesNotContain("500");
        assertThat(weekly.forTalent()).contains("your rate is 500 GBP a day");
        assertThat(Factors.salary(talent().build(), role().build()).score()).isEqualTo(0.7);
    }

    @Test
    void workAuthorizationRanksCitizensAboveVisasWithoutNamingTheStatusToCasting() {
        RoleFeatures inFrance = role().country("FR").build();
        FactorScore citizen = Factors.workAuthorization(talent().authorization("FR", "CITIZEN").build(), inFrance);
        FactorScore visa = Factors.workAuthorization(talent().authorization("FR", "WORK_VISA").build(), inFrance);
        FactorScore none = Factors.workAuthorization(talent().build(), inFrance);

        assertThat(citizen.score()).isEqualTo(1.0);
        assertThat(visa.score()).isEqualTo(0.8);
        assertThat(visa.forCasting()).isEqualTo("Authorized to work in FR");
        assertThat(visa.forTalent()).contains("work visa");
        assertThat(none.score()).isZero();
        assertThat(Factors.workAuthorization(talent().build(), role().build()).score()).isEqualTo(0.9);
    }

    @Test
    void physicalIsTheShareOfTheNarrowerAgeRangeTheOtherCovers() {
        assertThat(Factors.physical(talent().ages(25, 35).build(), role().ages(28, 32).build()).score()).isEqualTo(1.0);
        assertThat(Factors.physical(talent().ages(30, 40).build(), role().ages(26, 35).build()).score()).isCloseTo(0.6, within(1e-9));
        assertThat(Factors.physical(talent().ages(40, 50).build(), role().ages(20, 30).build()).score()).isZero();
        FactorScore wideRole = Factors.physical(talent().ages(27, 37).build(), role().ages(18, 70).build());
        assertThat(wideRole.score()).isEqualTo(1.0);
        assertThat(wideRole.forCasting()).isEqualTo("Plays 27–37, within the role's 18–70");
    }

    @Test
    void notableWorksCountCreditsInTheProjectsMediumAndRecentOnes() {
        TalentFeatures filmActor = talent().credits(new Work("Desert Bloom", "Lead", 2024, "FILM"),
                new Work("Night Shift", null, 2015, "FILM"), new Work("Harbour Lights", null, 2019, "SERIES")).build();

        FactorScore film = Factors.notableWorks(filmActor, role().projectType("FILM").build(), TODAY);
        FactorScore series = Factors.notableWorks(filmActor, role().projectType("SERIES").build(), TODAY);
        FactorScore theatre = Factors.notableWorks(filmActor, role().projectType("THEATRE").build(), TODAY);

        assertThat(film.score()).isCloseTo(0.8 * 2 / 3 + 0.2, within(1e-9));
        assertThat(film.forCasting()).isEqualTo("2 credit(s) in film, latest Desert Bloom (2024)");
        assertThat(series.score()).isCloseTo(0.8 / 3, within(1e-9));
        assertThat(theatre.score()).isZero();
    }

    @Test
    void experienceIsMeasuredAgainstWhatTheRolesKindAsks() {
        TalentFeatures tenProductions = talent().experience(4, 6).build();
        assertThat(Factors.experience(tenProductions, role().kind("LEAD").build()).score()).isEqualTo(0.5);
        assertThat(Factors.experience(tenProductions, role().kind("DAY_PLAYER").build()).score()).isEqualTo(1.0);
        assertThat(Factors.experience(talent().build(), role().kind("BACKGROUND").build()).score()).isEqualTo(1.0);
    }

    @Test
    void awardsCountWinsFullyAndNominationsPartly() {
        assertThat(Factors.awards(talent().build()).score()).isZero();
        TalentFeatures nominated = talent().award(new Honour("BIFA", 2023, "Breakthrough", false)).build();
        assertThat(Factors.awards(nominated).score()).isCloseTo(0.2, within(1e-9));
        TalentFeatures decorated = talent().award(new Honour("BAFTA", 2022, "Supporting", true))
                .award(new Honour("Olivier", 2019, null, true)).build();
        assertThat(Factors.awards(decorated).score()).isEqualTo(1.0);
        assertThat(Factors.awards(decorated).forCasting()).contains("won BAFTA (2022)");
    }

    @Test
    void dreamRolesScoreBySimilarityAndStayPrivateFromCasting() {
        TalentFeatures dreamer = talent().dreams("a detective in a period drama").build();
        FactorScore close = Factors.dreamRole(dreamer, 0.75);
        FactorScore far = Factors.dreamRole(dreamer, 0.1);

        assertThat(close.score()).isEqualTo(1.0);
        assertThat(far.score()).isZero();
        assertThat(close.forCasting()).doesNotContain("detective");
        assertThat(close.forTalent()).contains("a detective in a period drama");
        assertThat(Factors.dreamRole(talent().build(), null).score()).isEqualTo(0.5);
    }

    @Test
    void languagesAverageProficiencyAndAccentsTakeThirtyPercentWhenAsked() {
        TalentFeatures speaker = talent().language("en", "NATIVE", "RP", "Scouse").language("ar", "CONVERSATIONAL").build();

        assertThat(Factors.languages(speaker, role().languages("en").build()).score()).isEqualTo(1.0);
        assertThat(Factors.languages(speaker, role().languages("en", "ar").build()).score()).isCloseTo(0.75, within(1e-9));
        assertThat(Factors.languages(speaker, role().languages("en").accents("scouse", "Geordie").build()).score())
                .isCloseTo(0.7 + 0.15, within(1e-9));
        assertThat(Factors.languages(speaker, role().build()).score()).isEqualTo(1.0);
    }

    @Test
    void availabilityReadsTheCalendarOverTheShoot() {
        RoleFeatures shoot = role().shooting(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 20)).build();
        assertThat(Factors.availability(talent().build(), shoot).score()).isEqualTo(0.8);
        assertThat(Factors.availability(talent().window("2027-02-01", "2027-04-01", "AVAILABLE").build(), shoot).score()).isEqualTo(1.0);
        assertThat(Factors.availability(talent().window("2027-03-10", "2027-03-12", "TENTATIVE").build(), shoot).score()).isEqualTo(0.5);
        assertThat(Factors.availability(talent().window("2027-03-20", "2027-03-25", "UNAVAILABLE").build(), shoot).score()).isZero();
        assertThat(Factors.availability(talent().build(), role().build()).score()).isEqualTo(0.7);
    }

    @Test
    void contributionsAddUpToTheTotalAndFollowTheWeights() {
        TalentFeatures t = talent().salary(new Salary(40_000, "GBP", "DAY")).credits(new Work("Desert Bloom", null, 2024, "FILM")).build();
        RoleFeatures r = role().pay("450", "GBP", "DAY").build();
        List<FactorScore> scores = Factors.all(t, r, null, TODAY);

        Explanation casting = Explanation.of(scores, MatchWeights.defaults(Perspective.CASTING), Perspective.CASTING);
        Explanation onlyPay = Explanation.of(scores, MatchWeights.override(Map.of(
                Factor.SALARY_ALIGNMENT, 10.0, Factor.WORK_AUTHORIZATION, 0.0, Factor.PHYSICAL_ATTRIBUTES, 0.0,
                Factor.NOTABLE_WORKS_RELEVANCE, 0.0, Factor.PRODUCTION_EXPERIENCE, 0.0, Factor.AWARDS, 0.0,
                Factor.DREAM_ROLE_ALIGNMENT, 0.0, Factor.LANGUAGE_PROFICIENCY, 0.0, Factor.AVAILABILITY, 0.0)), Perspective.CASTING);

        assertThat(casting.factors()).hasSize(9);
        assertThat(casting.factors().stream().mapToDouble(Explanation.Contribution::contribution).sum()).isCloseTo(casting.total(), within(0.1));
        assertThat(onlyPay.total()).isEqualTo(100.0);
    }

    // ---------------------------------------------------------------- builders

    private static TalentBuilder talent() {
        return new TalentBuilder();
    }

    private static RoleBuilder role() {
        return new RoleBuilder();
    }

    private static final class TalentBuilder {
        int ageMin = 25;
        int ageMax = 35;
        List<Language> languages = List.of(new Language("en", "NATIVE", List.of()));
        List<Authorization> authorizations = List.of();
        List<Window> windows = List.of();
        Salary salary;
        List<Work> credits = List.of();
        Integer years;
        Integer productions;
        List<Honour> awards = List.of();
        List<String> dreams = List.of();

        TalentBuilder ages(int min, int max) { ageMin = min; ageMax = max; return this; }
        TalentBuilder salary(Salary s) { salary = s; return this; }
        TalentBuilder authorization(String country, String status) { authorizations = List.of(new Authorization(country, status)); return this; }
        TalentBuilder credits(Work... works) { credits = List.of(works); return this; }
        TalentBuilder experience(int yearsActive, int worked) { years = yearsActive; productions = worked; return this; }
        TalentBuilder award(Honour h) { awards = concat(awards, h); return this; }
        TalentBuilder dreams(String... d) { dreams = List.of(d); return this; }
        TalentBuilder window(String from, String to, String status) {
            windows = concat(windows, new Window(LocalDate.parse(from), LocalDate.parse(to), status));
            return this;
        }
        TalentBuilder language(String code, String proficiency, String... accents) {
            languages = concat(languages.stream().filter(l -> !l.code().equals(code)).toList(), new Language(code, proficiency, List.of(accents)));
            return this;
        }

        TalentFeatures build() {
            return new TalentFeatures("p1", "o1", 1, "Amara Okafor", ageMin, ageMax, "FEMALE", 170, "ATHLETIC", "Manchester", null, "GB",
                    53.48, -2.24, false, null, languages, List.of(), "NON_UNION", authorizations, windows, salary, credits,
                    years, productions, awards, dreams, null, null);
        }
    }

    private static final class RoleBuilder {
        int ageMin = 28;
        int ageMax = 32;
        String country = "GB";
        String kind = "SUPPORTING";
        String projectType = "FILM";
        boolean paid;
        BigDecimal amount;
        String currency;
        String period;
        List<String> languages = List.of();
        List<String> accents = List.of();
        LocalDate from;
        LocalDate to;

        RoleBuilder ages(int min, int max) { ageMin = min; ageMax = max; return this; }
        RoleBuilder country(String c) { country = c; return this; }
        RoleBuilder kind(String k) { kind = k; return this; }
        RoleBuilder projectType(String t) { projectType = t; return this; }
        RoleBuilder pay(String a, String c, String p) { paid = true; amount = new BigDecimal(a); currency = c; period = p; return this; }
        RoleBuilder languages(String... l) { languages = List.of(l); return this; }
        RoleBuilder accents(String... a) { accents = List.of(a); return this; }
        RoleBuilder shooting(LocalDate f, LocalDate t) { from = f; to = t; return this; }

        RoleFeatures build() {
            return new RoleFeatures("r1", "pr1", 1, true, Instant.parse("2027-01-01T00:00:00Z"), "Maya", kind, "The eldest sister.",
                    "The Glass Orchard", projectType, ageMin, ageMax, List.of(), languages, accents, List.of(), "Manchester", country,
                    null, null, paid, amount, currency, period, "ANY", from, to);
        }
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item)).toList();
    }
}
