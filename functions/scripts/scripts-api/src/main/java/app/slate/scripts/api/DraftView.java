package app.slate.scripts.api;

import app.slate.casting.role.RoleDetails;
import app.slate.scripts.ScriptRoleDraft;
import java.util.UUID;

/**
 * A drafted role, and the breakdown it would become: {@code role} is what approving creates (the draft's name, kind, age, gender and description; the project's first
 * location; unpaid, any union, public, a deadline 30 days out), for the team to edit first.
 */
public record DraftView(UUID id, String characterName, String kind, Integer ageMin, Integer ageMax, String gender,
                        String description, String status, UUID roleId, RoleDetails role) {

    static DraftView of(ScriptRoleDraft draft, RoleDetails template) {
        return new DraftView(draft.id, draft.characterName, draft.kind, draft.ageMin, draft.ageMax, draft.gender,
                draft.description, draft.status, draft.roleId, template);
    }
}
