package app.slate.scripts.api;

import java.util.Locale;

/** The screenplay formats script-analyzer reads, known by the upload's content type. */
enum ScriptFormat {
    FOUNTAIN, FDX, PDF;

    static ScriptFormat of(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/pdf" -> PDF;
            case "application/vnd.final-draft+xml", "application/xml", "text/xml" -> FDX;
            case "text/plain", "text/x-fountain", "text/fountain" -> FOUNTAIN;
            default -> null;
        };
    }
}
