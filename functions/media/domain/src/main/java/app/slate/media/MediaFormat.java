package app.slate.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats Slate accepts, by the content type an uploader declares. The bytes must
 * later prove the same format (media-ingest sniffs them), or the upload is quarantined.
 */
public enum MediaFormat {
    JPEG(MediaKind.IMAGE, "image/jpeg", "jpg"),
    PNG(MediaKind.IMAGE, "image/png", "png"),
    WEBP(MediaKind.IMAGE, "image/webp", "webp"),
    HEIC(MediaKind.IMAGE, "image/heic", "heic"),
    MP4(MediaKind.VIDEO, "video/mp4", "mp4"),
    MOV(MediaKind.VIDEO, "video/quicktime", "mov"),
    MP3(MediaKind.AUDIO, "audio/mpeg", "mp3"),
    WAV(MediaKind.AUDIO, "audio/wav", "wav"),
    M4A(MediaKind.AUDIO, "audio/mp4", "m4a"),
    PDF(MediaKind.DOCUMENT, "application/pdf", "pdf");

    private final MediaKind kind;
    private final String contentType;
    private final String extension;

    MediaFormat(MediaKind kind, String contentType, String extension) {
        this.kind = kind;
        this.contentType = contentType;
        this.extension = extension;
    }

    public MediaKind kind() {
        return kind;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<MediaFormat> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(f -> f.contentType.equalsIgnoreCase(contentType)).findFirst();
    }
}
