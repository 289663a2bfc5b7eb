package app.slate.trust.consent;

/** Where a consent was given or withdrawn: at registration, in the person's settings, by their guardian, by an admin. */
public enum ConsentSource { REGISTRATION, SETTINGS, GUARDIAN, ADMIN }
