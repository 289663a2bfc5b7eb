package app.slate.platform.privacy;

import java.io.IOException;
import java.io.InputStream;

/** A file of an export beside the JSON (an original photo or video): its path in the archive and how to read it. */
public record ExportFile(String path, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
