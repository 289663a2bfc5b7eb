package app.slate.messaging.conversation;

import java.util.UUID;

/**
 * A caller's place in a conversation: the side they are on, whether they may write there, and
 * who reads (the person really there: a guardian acting for a minor reads as themselves).
 */
public record Seat(Side side, boolean mayWrite, UUID reader) {
}
