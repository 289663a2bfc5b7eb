package app.slate.talent.cv;

import app.slate.talent.profile.Credit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headings CVs are divided by, in the words actors and agents use. A credits heading says
 * what kind of work its rows are, or that they are mixed ({@code SCREEN}, {@code CREDITS}) and
 * each row says.
 */
enum Section {
    PREAMBLE, FILM, TELEVISION, THEATRE, COMMERCIALS, MUSIC_VIDEOS, VOICE, GAMES, MIXED_CREDITS, TRAINING, SKILLS, LANGUAGES,
    ACCENTS, REPRESENTATION, OTHER;

    private static final Map<Pattern, Section> HEADINGS = Map.ofEntries(
            Map.entry(heading("(feature |short )?films?|movies|film credits"), FILM),
            Map.entry(heading("television|tv|tv credits|series"), TELEVISION),
            Map.entry(heading("theat(re|er)|stage|theat(re|er) credits|musical theat(re|er)"), THEATRE),
            Map.entry(heading("commercials?|advertising|tv commercials"), COMMERCIALS),
            Map.entry(heading("music videos?"), MUSIC_VIDEOS),
            Map.entry(heading("voice[ -]?overs?|voice|audio|radio|audiobooks|voice ?work|animation"), VOICE),
            Map.entry(heading("(video )?games"), GAMES),
            Map.entry(heading("screen|film (and|&) (tv|television)|(tv|television) (and|&) film|(selected |acting )?credits|experience|"
                    + "professional experience|screen credits|presenting|presenter|hosting"), MIXED_CREDITS),
            Map.entry(heading("training|education|training (and|&) education|education (and|&) training"), TRAINING),
            Map.entry(heading("(special |other |additional )?skills|skills (and|&) abilities"), SKILLS),
            Map.entry(heading("languages?"), LANGUAGES),
            Map.entry(heading("accents?|dialects?|accents? (and|&) dialects?"), ACCENTS),
            Map.entry(heading("representation|agent|agency|management|contact"), REPRESENTATION),
            Map.entry(heading("awards?|nominations|awards (and|&) nominations|personal details|about|profile|biography"), OTHER));

    private static Pattern heading(String words) {
        return Pattern.compile("(?:" + words + ")");
    }

    /** The section a line opens, when the line is a heading alone ("FILM", "Special Skills:", "ACCENTS & DIALECTS"). */
    static Optional<Section> openedBy(String line) {
        String words = line.strip().replaceAll("[:：]$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (words.isEmpty() || words.length() > 40) {
            return Optional.empty();
        }
        return HEADINGS.entrySet().stream().filter(e -> e.getKey().matcher(words).matches()).map(Map.Entry::getValue).findFirst();
    }

    boolean credits() {
        return credit().isPresent() || this == MIXED_CREDITS;
    }

    /** The kind of credit the section's rows are, unless a row says otherwise; empty for a mixed section. */
    Optional<Credit.Type> credit() {
        return Optional.ofNullable(switch (this) {
            case FILM -> Credit.Type.FILM;
            case TELEVISION -> Credit.Type.SERIES;
            case THEATRE -> Credit.Type.THEATRE;
            case COMMERCIALS -> Credit.Type.COMMERCIAL;
            case MUSIC_VIDEOS -> Credit.Type.MUSIC_VIDEO;
            case VOICE -> Credit.Type.VOICE;
            case GAMES -> Credit.Type.GAME;
            default -> null;
        });
    }
}
