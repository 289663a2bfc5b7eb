package app.slate.scripts.draft;

import app.slate.scripts.breakdown.CharacterBreakdown;
import app.slate.scripts.breakdown.ScriptBreakdown;

/**
 * How big a part is, from the script's arithmetic: the share of the dialogue's words the
 * character speaks and the share of the scenes they speak in. The thresholds (README, "Script
 * breakdowns"), for a script of three scenes or more:
 * <ul>
 *   <li>VOICE: only ever heard (every cue V.O., O.S. or the like);</li>
 *   <li>LEAD: in half the scenes with 12% of the words, or in 35% of them with 25% of the words;</li>
 *   <li>SUPPORTING: in two scenes or more, with 2% of the words or in three scenes;</li>
 *   <li>DAY_PLAYER: the rest, and every part in one scene, however much it says there (a day
 *       player is hired for a day; a one-scene monologue is a showcase, not the story).</li>
 * </ul>
 * A script of one or two scenes is judged by words alone: 25% a lead, 10% supporting.
 */
public enum RoleSize {
    LEAD, SUPPORTING, DAY_PLAYER, VOICE;

    public static RoleSize of(CharacterBreakdown c, ScriptBreakdown script) {
        if (c.onlyHeard()) {
            return VOICE;
        }
        double share = script.totalWords() == 0 ? 0 : (double) c.words() / script.totalWords();
        int scenes = c.scenes().size();
        if (script.scenes().size() < 3) {
            return share >= 0.25 ? LEAD : share >= 0.10 ? SUPPORTING : DAY_PLAYER;
        }
        // Lines before the first heading (a cold open) are not one of the script's scenes.
        double presence = (double) c.scenes().stream().filter(n -> n > 0).count() / script.scenes().size();
        if (presence >= 0.5 && share >= 0.12 || presence >= 0.35 && share >= 0.25) {
            return LEAD;
        }
        return scenes >= 3 || scenes >= 2 && share >= 0.02 ? SUPPORTING : DAY_PLAYER;
    }
}
