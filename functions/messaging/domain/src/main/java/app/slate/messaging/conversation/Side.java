package app.slate.messaging.conversation;

/** Which side of a conversation someone writes for: the project's team, or the talent (a guardian writes for a minor). */
public enum Side { TEAM, TALENT }
