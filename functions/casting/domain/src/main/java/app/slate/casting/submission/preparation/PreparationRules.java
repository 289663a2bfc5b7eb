package app.slate.casting.submission.preparation;

import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleDetails.MediaRequest;
import app.slate.scripts.reads.ScriptCharacters.RoleCharacter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slate's own preparation pack: everything in it is read from the role's breakdown and the script
 * analysis, or is the craft's standing advice for the media the role asks for. Nothing is
 * invented about the character; where only a model could say more (the beats), the rules ask the
 * questions an actor answers for each scene instead.
 */
public final class PreparationRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int MOST_SCENES = 8;

    private PreparationRules() {
    }

    public static PreparationPack pack(RoleDetails role, String project, RoleCharacter character, boolean minor, Instant now) {
        String name = character != null ? character.name() : role.name();
        List<String> sceneQuestions = new ArrayList<>();
        if (character != null) {
            for (int scene : character.scenes().stream().limit(MOST_SCENES).toList()) {
                sceneQuestions.add("Scene " + scene + (scene == character.firstScene() ? " (first seen)" : "") + ": what does " + name
                        + " want here, from whom, what stands in the way, and what has changed by the end?");
            }
        } else {
            sceneQuestions.add("For each scene of the sides: what does " + name + " want, from whom, what stands in the way, and what has changed by the end?");
        }
        return new PreparationPack(role.name(), project, role.kind().name(), character,
                role.sides().stream().map(s -> new PreparationPack.Sides(s.title(), s.documentRef())).toList(), sceneQuestions, null, List.of(),
                likelyQuestions(role), checklist(role, minor), "rules", now);
    }

    /** What a casting team asks about what the breakdown requires. */
    static List<String> likelyQuestions(RoleDetails role) {
        List<String> questions = new ArrayList<>();
        questions.add("Tell us about yourself, and what draws you to " + role.name() + ".");
        if (role.shooting() != null) {
            questions.add("Are you available from " + DAY.format(role.shooting().from()) + " to " + DAY.format(role.shooting().to()) + "?");
        }
        questions.add("Can you work in " + role.location().city() + " for the shoot?");
        for (String language : role.languages()) {
            questions.add("How comfortable are you acting in " + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + "?");
        }
        for (String accent : role.accents()) {
            questions.add("Can you hold a " + accent + " accent through a scene, and under pressure?");
        }
        for (String skill : role.skills()) {
            questions.add("How much " + skill.toLowerCase(Locale.ROOT) + " have you done, and could you do it on camera?");
        }
        if (role.union() == RoleDetails.UnionRequirement.UNION_ONLY) {
            questions.add("Are you a current union member?");
        }
        if (role.rider().nudity() != RoleDetails.Nudity.NONE || role.rider().intimacy()) {
            questions.add("The role involves " + (role.rider().nudity() != RoleDetails.Nudity.NONE
                    ? role.rider().nudity().name().toLowerCase(Locale.ROOT) + " nudity" : "") + (role.rider().nudity() != RoleDetails.Nudity.NONE
                    && role.rider().intimacy() ? " and " : "") + (role.rider().intimacy() ? "intimate scenes" : "")
                    + ": what do you need to be comfortable (an intimacy coordinator, a closed set, a rider)?");
        }
        return questions;
    }

    /** For each piece of media the role asks for, what to get right; a minor's slate gives no surname and no place. */
    static List<PreparationPack.Check> checklist(RoleDetails role, boolean minor) {
        List<PreparationPack.Check> checks = new ArrayList<>();
        String due = "By " + DAY.format(role.deadline().atOffset(ZoneOffset.UTC)) + " (UTC), the role's deadline.";
        for (MediaRequest media : role.requestedMedia()) {
            String kind = media.kind().name();
            if (media.note() != null && !media.note().isBlank()) {
                checks.add(new PreparationPack.Check(kind, "What casting asked", media.note().strip()));
            }
            switch (media.kind()) {
                case SELF_TAPE -> {
                    checks.add(new PreparationPack.Check(kind, "Framing", role.kind() == RoleDetails.RoleKind.LEAD
                            || role.kind() == RoleDetails.RoleKind.SUPPORTING
                            ? "Mid close-up, chest up, eyes in the top third of the frame; landscape (16:9), camera at eye level."
                            : "Mid shot, waist up; landscape (16:9), camera at eye level."));
                    checks.add(new PreparationPack.Check(kind, "Reader", "A reader off camera, beside the lens, gives the other lines evenly; "
                            + "look at the reader, just off the lens, never into it."));
                    checks.add(new PreparationPack.Check(kind, "Slate", minor
                            ? "First name only, and age if asked: no surname, school or where you live."
                            : "Your name, height, where you are based and your agent, at the start, in a full-length and a close shot."));
                    checks.add(new PreparationPack.Check(kind, "Length", "Each scene as written, under 2 minutes; no more scenes than the sides."));
                    checks.add(new PreparationPack.Check(kind, "Sound and light", "A quiet room, light from in front of you, a plain background."));
                    checks.add(new PreparationPack.Check(kind, "File", "MP4 (H.264), named " + role.name().replaceAll("[^\\p{L}\\p{N}]+", "")
                            + "_YourName_scene; send it as this submission's self-tape. " + due));
                }
                case HEADSHOT -> checks.add(new PreparationPack.Check(kind, "Headshot", "A current headshot (the last 12 months), looking as you do now."));
                case FULL_BODY -> checks.add(new PreparationPack.Check(kind, "Full length", "Head to toe, plain background, clothes that show your shape."));
                case REEL -> checks.add(new PreparationPack.Check(kind, "Reel", "Two minutes or less, your strongest work nearest this role first."));
                case VOICE_CLIP -> checks.add(new PreparationPack.Check(kind, "Voice clip", "A minute or less, a quiet room, no music, WAV or MP3."));
                case RESUME -> checks.add(new PreparationPack.Check(kind, "CV", "Credits, training and skills on one page, the most recent first."));
            }
        }
        return checks;
    }
}
