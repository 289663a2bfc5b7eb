package app.slate.trust.moderation;

/** What can be reported: a talent profile, a role (a casting call), an account. */
public enum SubjectKind { PROFILE, ROLE, ACCOUNT }
