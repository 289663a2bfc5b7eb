package app.slate.notifications.preferences;

import app.slate.notifications.delivery.Channel;

/**
 * What a message is about, as people choose what reaches them. Every category starts on for email
 * and push; by SMS only what cannot wait starts on (self-tapes, auditions): a text interrupts, and
 * costs; tips go by email only. Account and security messages are not a category: they always go.
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
    /** Messages in conversations with a casting team or talent: one notice per conversation while they are away. */
    MESSAGES,
    /** New matches for a saved search: profiles for a casting director, roles for a talent. */
    SAVED_SEARCHES,
    /** For a casting team: the digest of submissions that arrived for their roles. */
    NEW_SUBMISSIONS,
    /** Getting started with Slate, finishing a profile, and what is new after a long absence: email only. */
    TIPS;

    /** The channels this category can go on at all: tips by email only. */
    public boolean offeredOn(Channel channel) {
        return this != TIPS || channel == Channel.EMAIL;
    }

    /** Whether this category reaches someone on this channel before they choose. */
    public boolean onByDefault(Channel channel) {
        if (this == TIPS) {
            return channel == Channel.EMAIL;
        }
        return channel != Channel.SMS || this == SELF_TAPES || this == AUDITIONS;
    }
}
