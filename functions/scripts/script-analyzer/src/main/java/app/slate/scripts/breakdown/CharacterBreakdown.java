package app.slate.scripts.breakdown;

import java.util.List;

/**
 * One speaking character: how much they say (speeches and words of dialogue), where (scene
 * numbers), when they are first seen, how the script introduces them (null when it never shows
 * them in the action), whether they are only ever heard (every cue V.O., O.S. or the like), the
 * cue extensions their lines carry, and their first few speeches.
 */
public record CharacterBreakdown(String name, int lines, int words, List<Integer> scenes, int firstScene,
                                 Introduction introduction, boolean onlyHeard, List<String> extensions, List<String> sampleLines) {

    /** The introducing sentences, or null. */
    public String introducedAs() {
        return introduction == null ? null : introduction.text();
    }
}
