package app.slate.messaging.conversation;

/**
 * What a conversation is about. The first two are between a project's team and one talent (a
 * minor's guardian with them); a team thread is the team's own, about anything on the project.
 */
public enum ConversationKind { SUBMISSION, INVITATION, TEAM }
