package app.slate.trust.audit;

/**
 * What checking the chain found: how many entries were checked, from the anchor retention left
 * through the last; {@code firstBroken} is null when every link holds.
 */
public record ChainReport(boolean intact, long checked, long anchorSeq, long lastSeq, AuditChain.Broken firstBroken) {
}
