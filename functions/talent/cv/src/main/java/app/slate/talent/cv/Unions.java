package app.slate.talent.cv;

import app.slate.talent.profile.UnionMembership;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Union membership as a CV's header states it: "Equity Member", "SAG-AFTRA", "SAG-AFTRA eligible", "Non-union". */
final class Unions {

    private static final Pattern UNION = Pattern.compile("(?i)\\b(sag-aftra|sag|aftra|equity|actra|meaa|nzea|irish equity|ubcp)\\b");
    private static final Pattern NON_UNION = Pattern.compile("(?i)\\bnon[- ]?union\\b");

    private Unions() {
    }

    /** The membership a short line or segment states; a long line that merely mentions a union is not read. */
    static Optional<UnionMembership> read(String segment) {
        String text = segment.strip();
        if (text.split("\\s+").length > 5) {
            return Optional.empty();
        }
        if (NON_UNION.matcher(text).find()) {
            return Optional.of(new UnionMembership(UnionMembership.Status.NON_UNION, List.of()));
        }
        Matcher union = UNION.matcher(text);
        List<String> unions = new ArrayList<>();
        while (union.find()) {
            String name = union.group(1);
            unions.add(name.equalsIgnoreCase("equity") ? "Equity" : name.toUpperCase(Locale.ROOT));
        }
        if (unions.isEmpty()) {
            return Optional.empty();
        }
        boolean eligible = text.toLowerCase(Locale.ROOT).contains("eligible");
        return Optional.of(new UnionMembership(eligible ? UnionMembership.Status.ELIGIBLE : UnionMembership.Status.MEMBER,
                unions.stream().distinct().limit(5).toList()));
    }
}
