package app.slate.scripts.breakdown;

import java.util.List;

/**
 * One speaking character: how much they say (speeches and words of dialogue), where (scene
 * numbers), when they first appear, the action line that introduces them, and the cue
 * extensions their lines carry (V.O., O.S., CONT'D...), and their first few speeches.
 */
public record CharacterBreakdown(String name, int lines, int words, List<Integer> scenes, int firstScene,
                                 String introduction, List<String> extensions, List<String> sampleLines) {
}
