package app.slate.talent.cv;

import java.util.Locale;
import java.util.Optional;

/** The forms a CV arrives in: a PDF, a Word file, or text the talent pasted. */
public enum CvFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT("text/plain");

    private final String mediaType;

    CvFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<CvFormat> of(String mediaType) {
        String bare = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (CvFormat format : values()) {
            if (format.mediaType.equals(bare)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
