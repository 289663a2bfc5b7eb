package app.slate.trust.moderation;

/** What can be reported: a talent profile, a role (a casting call), an account, a media item (a photo, a reel), a message. */
public enum SubjectKind { PROFILE, ROLE, ACCOUNT, MEDIA, MESSAGE }
