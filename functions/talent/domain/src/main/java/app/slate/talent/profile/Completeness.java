package app.slate.talent.profile;

import app.slate.talent.portfolio.PortfolioItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How complete a profile is, 0 to 100, and what would raise it. The weights favour what
 * casting looks at first: a primary headshot, then the bio, looks, languages, skills and credits.
 */
public record Completeness(int score, List<String> missing) {

    private record Check(String name, int weight, Predicate<Subject> met) {
    }

    private record Subject(ProfileDetails details, List<PortfolioItem> portfolio) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check("primaryHeadshot", 20, s -> s.portfolio().stream().anyMatch(i -> i.primary)),
            new Check("bio", 10, s -> s.details().bio() != null && s.details().bio().length() >= 50),
            new Check("appearance", 10, s -> appearanceComplete(s.details().appearance())),
            new Check("languages", 10, s -> !s.details().languages().isEmpty()),
            new Check("skills", 10, s -> !s.details().skills().isEmpty()),
            new Check("notableWorks", 10, s -> !s.details().notableWorks().isEmpty()),
            new Check("reel", 5, s -> s.portfolio().stream().anyMatch(i -> i.kind == PortfolioItem.Kind.REEL)),
            new Check("experience", 5, s -> s.details().experience() != null),
            new Check("location.coordinates", 5, s -> s.details().location().latitude() != null),
            new Check("availability", 5, s -> !s.details().availability().isEmpty()),
            new Check("representation", 5, s -> s.details().representation() != null),
            new Check("links", 5, s -> !s.details().links().isEmpty()));

    public static Completeness of(ProfileDetails details, List<PortfolioItem> portfolio) {
        Subject subject = new Subject(details, portfolio);
        int score = 0;
        List<String> missing = new ArrayList<>();
        for (Check check : CHECKS) {
            if (check.met().test(subject)) {
                score += check.weight();
            } else {
                missing.add(check.name());
            }
        }
        return new Completeness(score, List.copyOf(missing));
    }

    private static boolean appearanceComplete(Appearance appearance) {
        return appearance != null && appearance.heightCm() != null && appearance.build() != null
                && appearance.hairColor() != null && appearance.eyeColor() != null;
    }
}
