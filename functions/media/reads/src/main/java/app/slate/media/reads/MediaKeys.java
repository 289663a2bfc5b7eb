package app.slate.media.reads;

import java.util.UUID;

/**
 * Where an asset's objects live in the media bucket. Only {@code uploads/} raises upload events
 * (the bucket's notification filter), so what media-ingest and the transcoder write never loops back.
 */
public final class MediaKeys {

    public static final String UPLOADS = "uploads/";
    public static final String ORIGINALS = "originals/";
    public static final String DERIVED = "derived/";

    private MediaKeys() {
    }

    public static String upload(UUID assetId) {
        return UPLOADS + assetId;
    }

    public static String original(UUID assetId, String extension) {
        return ORIGINALS + assetId + "." + extension;
    }

    public static String quarantine(UUID assetId) {
        return "quarantine/" + assetId;
    }

    public static String thumbnail(UUID assetId) {
        return DERIVED + assetId + "/thumbnail.jpg";
    }

    /** The folder the transcoder writes the HLS master playlist, renditions and segments under. */
    public static String hlsFolder(UUID assetId) {
        return DERIVED + assetId + "/hls/";
    }

    /** A screenplay uploaded for analysis; outside uploads/, so it raises no media event. */
    public static String script(UUID projectId, UUID scriptId) {
        return "scripts/" + projectId + "/" + scriptId;
    }

    /** The asset id of an upload key, or null for any other key. */
    public static UUID assetOfUpload(String key) {
        if (!key.startsWith(UPLOADS)) {
            return null;
        }
        try {
            return UUID.fromString(key.substring(UPLOADS.length()));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
