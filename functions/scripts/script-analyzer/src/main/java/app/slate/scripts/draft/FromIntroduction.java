package app.slate.scripts.draft;

import app.slate.scripts.breakdown.CharacterBreakdown;
import app.slate.scripts.breakdown.Introduction;
import app.slate.scripts.breakdown.ScriptBreakdown;

/**
 * Drafts a role from what the script itself says: the kind from how much the character speaks
 * and in how many scenes, the age and gender from the sentences that introduce them, the
 * description from those sentences. What the script does not say stays empty for the casting
 * director.
 */
public final class FromIntroduction {

    private static final int DESCRIPTION_LIMIT = 600;

    private FromIntroduction() {
    }

    public static RoleDraft draft(CharacterBreakdown c, ScriptBreakdown script, int position) {
        Introduction intro = c.introduction();
        String text = c.introducedAs();
        String description = text == null || text.isBlank()
                ? c.name() + " speaks " + c.lines() + " line(s) in " + c.scenes().size() + " scene(s)."
                : text.length() > DESCRIPTION_LIMIT ? text.substring(0, DESCRIPTION_LIMIT - 1) + "…" : text;
        return new RoleDraft(c.name(), position, RoleSize.of(c, script).name(), intro == null ? null : intro.ageMin(),
                intro == null ? null : intro.ageMax(), intro == null ? null : intro.gender(), description);
    }
}
