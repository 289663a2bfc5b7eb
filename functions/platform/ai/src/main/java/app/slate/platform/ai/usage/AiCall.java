package app.slate.platform.ai.usage;

/**
 * One chat-model call as the ledger keeps it. {@code purpose} names the feature
 * ({@code cover-note}, {@code script-draft}...); {@code account} whom it worked for, null for the
 * platform's own work. A cached answer has no tokens and no cost.
 */
public record AiCall(String purpose, String account, String model, int inputTokens, int outputTokens, double costUsd, boolean cached,
                     long latencyMs) {
}
