package app.slate.media;

/** What an asset is for the product: each kind has its own size limit and its own processing. */
public enum MediaKind { IMAGE, VIDEO, AUDIO, DOCUMENT }
