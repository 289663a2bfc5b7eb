package app.slate.notifications.schedule;

/** Why a message waits. */
public enum Waiting {
    /** Held through the person's quiet hours; goes as it was written. */
    HELD,
    /** A reminder before an audition or a self-tape deadline. */
    REMINDER,
    /** A casting team member's digest of new submissions, gathering until its window ends. */
    DIGEST,
    /** New messages in one conversation for one person, gathering until the window ends; reading the conversation cancels it. */
    MESSAGES,
    /** A saved search's matches, gathering until its daily or weekly digest; a match that stops matching leaves it. */
    SAVED_SEARCH,
    /** A step of a lifecycle journey (welcome, profile nudge, re-engagement). */
    LIFECYCLE
}
