package app.slate.casting.reads;

import java.time.Instant;

/** What talent see of a role and its project wherever it is shown: the board, invitations, suggested roles. */
public final class RoleListing {

    private RoleListing() {
    }

    /** Open and before its deadline, whatever the deadline job has or has not done yet. */
    public static boolean acceptsSubmissions(String status, Instant deadline, Instant now) {
        return "OPEN".equals(status) && deadline.isAfter(now);
    }

    /** On the public role board. */
    public static boolean listed(String status, String visibility, Instant deadline, Instant now) {
        return acceptsSubmissions(status, deadline, now) && "PUBLIC".equals(visibility);
    }

    /** The project's title as talent see it: nothing that names it when it is confidential. */
    public static String publicTitle(boolean confidential, String projectType, String title) {
        return confidential ? "Untitled " + projectType.toLowerCase().replace('_', ' ') + " project" : title;
    }
}
