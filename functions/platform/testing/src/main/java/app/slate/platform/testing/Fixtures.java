package app.slate.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Request bodies kept with the test support, as editable JSON trees: a complete and a minimal talent profile. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static ObjectNode profile(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/profiles/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
