package app.slate.scripts.breakdown;

import app.slate.scripts.parse.Cue;
import app.slate.scripts.parse.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a screenplay says about its cast: its scenes and, for every character who speaks, their
 * dialogue volume, scenes, first appearance and introduction. Scene 0 is anything before the
 * first scene heading (a cold open without one). Group cues (ALL, BOTH...) are not characters.
 */
public record ScriptBreakdown(List<String> scenes, List<CharacterBreakdown> characters, int totalLines) {

    private static final int SAMPLE_LINES = 5;
    private static final int SAMPLE_LENGTH = 200;
    private static final Set<String> GROUPS = Set.of("ALL", "BOTH", "EVERYONE", "CROWD", "TOGETHER", "VOICES", "OTHERS");

    public static ScriptBreakdown of(List<Paragraph> paragraphs) {
        List<String> scenes = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Mention> actions = new ArrayList<>();
        int scene = 0;
        Tally speaking = null;
        for (Paragraph p : paragraphs) {
            switch (p.kind()) {
                case SCENE_HEADING -> {
                    scenes.add(p.text());
                    scene = scenes.size();
                    speaking = null;
                }
                case CHARACTER -> {
                    Cue cue = Cue.parse(p.text());
                    speaking = GROUPS.contains(cue.name()) || cue.name().isEmpty() ? null
                            : tallies.computeIfAbsent(cue.name(), Tally::new);
                    if (speaking != null) {
                        speaking.cue(scene, cue.extensions());
                    }
                }
                case DIALOGUE -> {
                    if (speaking != null) {
                        speaking.speech(p.text());
                    }
                }
                case ACTION -> {
                    actions.add(new Mention(scene, p.text()));
                    speaking = null;
                }
                case PARENTHETICAL -> {
                    // "(beat)" and the like: the same character goes on speaking.
                }
                case TRANSITION -> speaking = null;
            }
        }
        List<CharacterBreakdown> characters = tallies.values().stream().filter(t -> t.lines > 0)
                .map(t -> t.breakdown(actions))
                .sorted(Comparator.comparingInt(CharacterBreakdown::lines).reversed().thenComparingInt(CharacterBreakdown::firstScene))
                .toList();
        return new ScriptBreakdown(List.copyOf(scenes), characters, characters.stream().mapToInt(CharacterBreakdown::lines).sum());
    }

    private record Mention(int scene, String text) {
    }

    private static final class Tally {
        final String name;
        int lines;
        int words;
        final Set<Integer> scenes = new LinkedHashSet<>();
        final Set<String> extensions = new LinkedHashSet<>();
        final List<String> samples = new ArrayList<>();
        int firstCueScene = -1;

        Tally(String name) {
            this.name = name;
        }

        void cue(int scene, List<String> cueExtensions) {
            scenes.add(scene);
            extensions.addAll(cueExtensions);
            if (firstCueScene < 0) {
                firstCueScene = scene;
            }
        }

        void speech(String text) {
            lines++;
            if (samples.size() < SAMPLE_LINES) {
                samples.add(text.length() > SAMPLE_LENGTH ? text.substring(0, SAMPLE_LENGTH) + "…" : text);
            }
            words += text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }

        /**
         * The introduction is the first action line, up to the first cue's scene, naming the
         * character in capitals (the screenwriter's convention); failing that, naming them at all.
         */
        CharacterBreakdown breakdown(List<Mention> actions) {
            Pattern capitals = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![a-z])");
            Pattern anyCase = Pattern.compile("(?i)(?<![a-z])" + Pattern.quote(name) + "(?![a-z])");
            Mention introduction = actions.stream().filter(a -> a.scene() <= firstCueScene && capitals.matcher(a.text()).find())
                    .findFirst().orElseGet(() -> actions.stream().filter(a -> a.scene() <= firstCueScene && anyCase.matcher(a.text()).find())
                            .findFirst().orElse(null));
            int first = introduction == null ? firstCueScene : Math.min(introduction.scene(), firstCueScene);
            return new CharacterBreakdown(name, lines, words, List.copyOf(scenes), first,
                    introduction == null ? null : introduction.text(), List.copyOf(extensions), List.copyOf(samples));
        }
    }
}
