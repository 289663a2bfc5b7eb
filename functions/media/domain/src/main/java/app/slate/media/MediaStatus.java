package app.slate.media;

/**
 * An asset's life: a signed URL was issued; the bytes arrived and are being checked (and, for
 * video, transcoded); then ready, rejected by the checks (quarantined, with a reason) or failed
 * in transcoding (with the provider's reason). DELETED is the moment between its owner deleting it
 * and its objects being gone from the bucket: it counts against nobody's storage and shows nowhere,
 * and deleting it again finishes the job. TAKEN_DOWN: moderators took a ready asset down (the reason
 * in its failure reason); it plays for nobody until they reinstate it, and still counts against storage.
 */
public enum MediaStatus { AWAITING_UPLOAD, PROCESSING, READY, REJECTED, FAILED, DELETED, TAKEN_DOWN }
