package app.slate.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The sample events under events/, which tests feed to the handlers they belong to. */
public final class Events {

    private Events() {
    }

    public static String read(String function, String name) {
        try {
            return Files.readString(SharedStandIns.repositoryRoot().resolve("events").resolve(function).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
