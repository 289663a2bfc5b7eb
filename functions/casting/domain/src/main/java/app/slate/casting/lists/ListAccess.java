package app.slate.casting.lists;

import app.slate.casting.reads.Access;
import java.util.Optional;

/**
 * Who may use a talent list: its owner runs it (renames, shares, deletes); the owners and editors
 * of a project it is shared with change its talent and notes; that project's viewers read it and
 * may invite its talent to roles they edit elsewhere. Nobody else learns it exists, admins
 * included (a list is a team's working material, not content anyone reports).
 */
public final class ListAccess {

    /** The caller's best place on the teams of the projects the list is shared with. */
    public enum TeamPlace { NONE, VIEWER, EDITOR }

    private ListAccess() {
    }

    public static Optional<Access> decide(String listOwner, String caller, TeamPlace team) {
        if (listOwner.equals(caller)) {
            return Optional.of(Access.OWNER);
        }
        return switch (team) {
            case EDITOR -> Optional.of(Access.EDITOR);
            case VIEWER -> Optional.of(Access.VIEWER);
            case NONE -> Optional.empty();
        };
    }
}
