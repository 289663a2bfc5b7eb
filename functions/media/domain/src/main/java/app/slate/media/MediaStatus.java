package app.slate.media;

/**
 * An asset's life: a signed URL was issued; the bytes arrived and are being checked (and, for
 * video, transcoded); then ready, rejected by the checks (quarantined, with a reason) or failed
 * in transcoding (with the provider's reason).
 */
public enum MediaStatus { AWAITING_UPLOAD, PROCESSING, READY, REJECTED, FAILED }
