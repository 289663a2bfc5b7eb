package app.slate.notifications.preferences;

/**
 * What a message is about, as people choose what reaches them. Every category starts on for email;
 * account and security messages are not a category: they always go.
 */
public enum Category {
    /** Invitations to join a project's casting team. */
    TEAM,
    /** Invitations to submit for a role. */
    ROLE_INVITATIONS,
    /** A submission's progress: viewed, shortlisted, callback, offer, booked, declined. */
    SUBMISSIONS,
    /** Self-tape requests, reminders and expiry. */
    SELF_TAPES,
    /** Audition bookings, moves and cancellations, and their reminders. */
    AUDITIONS,
    /** For a casting team: the digest of submissions that arrived for their roles. */
    NEW_SUBMISSIONS
}
