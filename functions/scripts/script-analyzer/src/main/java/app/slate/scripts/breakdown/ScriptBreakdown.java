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
import java.util.TreeSet;

/**
 * What a screenplay says about its cast: its scenes and, for every character who speaks, their
 * dialogue volume, scenes, first appearance and introduction. Scene 0 is anything before the
 * first scene heading (a cold open without one). Group and joint cues (ALL, THE CROWD, EDWARD
 * AND WILL) are not characters; a joint cue puts its speakers in the scene.
 */
public record ScriptBreakdown(List<String> scenes, List<CharacterBreakdown> characters, int totalLines, int totalWords) {

    private static final int SAMPLE_LINES = 5;
    private static final int SAMPLE_LENGTH = 200;
    /** Extensions that say the speaker is heard, not seen. */
    private static final Set<String> UNSEEN = Set.of("V.O.", "O.S.", "O.C.", "VO", "OS", "OC", "FILTERED", "ON PHONE", "PHONE",
            "ON SPEAKER", "ON RADIO", "RADIO", "ON TV", "PRE-LAP", "PRELAP");

    public static ScriptBreakdown of(List<Paragraph> paragraphs) {
        List<String> scenes = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Set<Integer>> jointScenes = new LinkedHashMap<>();
        List<Introductions.Mention> actions = new ArrayList<>();
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
                    speaking = null;
                    if (cue.name().isEmpty()) {
                        continue;
                    }
                    if (GroupCue.isGroup(cue.name())) {
                        for (String speaker : GroupCue.speakers(cue.name())) {
                            jointScenes.computeIfAbsent(speaker, k -> new LinkedHashSet<>()).add(scene);
                        }
                        continue;
                    }
                    speaking = tallies.computeIfAbsent(cue.name(), Tally::new);
                    speaking.cue(scene, cue.extensions());
                }
                case DIALOGUE -> {
                    if (speaking != null) {
                        speaking.speech(p.text());
                    }
                }
                case ACTION -> {
                    actions.add(new Introductions.Mention(scene, p.text()));
                    speaking = null;
                }
                case PARENTHETICAL -> {
                    // "(beat)" and the like: the same character goes on speaking.
                }
                case TRANSITION -> speaking = null;
            }
        }
        List<Tally> cast = tallies.values().stream().filter(t -> t.lines > 0).toList();
        cast.forEach(t -> t.scenes.addAll(jointScenes.getOrDefault(t.name, Set.of())));
        List<String> names = cast.stream().map(t -> t.name).toList();
        // Someone first heard over black is looked for in the action up to where they are first seen speaking.
        Map<String, Integer> until = new LinkedHashMap<>();
        cast.forEach(t -> until.put(t.name, t.firstSeenScene >= 0 ? t.firstSeenScene : Integer.MAX_VALUE));
        Map<String, Introduction> introductions = Introductions.of(names, actions, until);
        List<CharacterBreakdown> characters = cast.stream().map(t -> t.breakdown(introductions.get(t.name)))
                .sorted(Comparator.comparingInt(CharacterBreakdown::lines).reversed().thenComparingInt(CharacterBreakdown::firstScene))
                .toList();
        return new ScriptBreakdown(List.copyOf(scenes), characters, characters.stream().mapToInt(CharacterBreakdown::lines).sum(),
                characters.stream().mapToInt(CharacterBreakdown::words).sum());
    }

    private static final class Tally {
        final String name;
        int lines;
        int words;
        final Set<Integer> scenes = new TreeSet<>();
        final Set<String> extensions = new LinkedHashSet<>();
        final List<String> samples = new ArrayList<>();
        int firstCueScene = -1;
        int firstSeenScene = -1;
        boolean onlyHeard = true;

        Tally(String name) {
            this.name = name;
        }

        void cue(int scene, List<String> cueExtensions) {
            scenes.add(scene);
            extensions.addAll(cueExtensions);
            boolean heard = cueExtensions.stream().anyMatch(UNSEEN::contains);
            if (firstCueScene < 0) {
                firstCueScene = scene;
            }
            if (!heard && firstSeenScene < 0) {
                firstSeenScene = scene;
            }
            onlyHeard &= heard;
        }

        void speech(String text) {
            lines++;
            if (samples.size() < SAMPLE_LINES) {
                samples.add(text.length() > SAMPLE_LENGTH ? text.substring(0, SAMPLE_LENGTH) + "…" : text);
            }
            words += text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }

        /** First seen where introduced, or where first seen speaking; someone only ever heard, where first heard. */
        CharacterBreakdown breakdown(Introduction introduction) {
            int first = firstSeenScene >= 0 ? firstSeenScene : firstCueScene;
            if (introduction != null && introduction.scene() < first) {
                first = introduction.scene();
            }
            return new CharacterBreakdown(name, lines, words, List.copyOf(scenes), first, introduction, onlyHeard,
                    List.copyOf(extensions), List.copyOf(samples));
        }
    }
}
