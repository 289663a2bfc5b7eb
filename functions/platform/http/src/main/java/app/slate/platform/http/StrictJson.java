package app.slate.platform.http;

import app.slate.platform.input.InputPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies are read under Slate's one input policy. Only they: the application's own mapper
 * (Vert.x JSON, stored payloads, provider answers) stays as it is, since what Slate itself wrote
 * is not a client's input.
 */
@Provider
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper bodies;

    public StrictJson(ObjectMapper mapper) {
        this.bodies = InputPolicy.apply(mapper.copy());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return bodies;
    }
}
