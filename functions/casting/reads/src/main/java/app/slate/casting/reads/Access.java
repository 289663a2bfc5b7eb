package app.slate.casting.reads;

/**
 * What a member of a project's team may do. Owners run the team; editors run the casting
 * (roles, statuses, slots); viewers read everything and add notes and ratings, nothing more.
 */
public enum Access {
    VIEWER, EDITOR, OWNER;

    public boolean allows(Access needed) {
        return compareTo(needed) >= 0;
    }
}
