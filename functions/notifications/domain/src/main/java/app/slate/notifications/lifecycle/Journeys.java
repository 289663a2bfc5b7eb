package app.slate.notifications.lifecycle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle journeys, read once from {@code notifications/lifecycle.json} and checked: every
 * trigger and condition must be one Slate knows, so a typo fails the build's tests, not a person's
 * welcome. Changing a journey is an edit to that file.
 */
public final class Journeys {

    /** The moments that start (or stop) journeys. */
    public static final Set<String> TRIGGERS = Set.of("registered", "profile-below-50", "profile-at-least-50", "active");

    private static final List<Journey> ALL = load("notifications/lifecycle.json");

    private Journeys() {
    }

    public static List<Journey> all() {
        return ALL;
    }

    public static Journey named(String name) {
        return ALL.stream().filter(journey -> journey.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lifecycle journey named " + name));
    }

    static List<Journey> load(String resource) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        try (InputStream in = Journeys.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            JsonNode root = json.readTree(in);
            List<Journey> journeys = json.readerForListOf(Journey.class).readValue(root.path("journeys"));
            journeys.forEach(Journeys::check);
            return List.copyOf(journeys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void check(Journey journey) {
        if (!TRIGGERS.contains(journey.startsWhen()) || journey.stopsWhen() != null && !TRIGGERS.contains(journey.stopsWhen())) {
            throw new IllegalStateException("journey " + journey.name() + " starts or stops on a moment Slate does not know");
        }
        for (Journey.Step step : journey.steps()) {
            if (step.skipWhen() != null) {
                Condition.named(step.skipWhen());
            }
            if (step.after() == null || step.template() == null) {
                throw new IllegalStateException("journey " + journey.name() + " has a step without after or template");
            }
        }
    }
}
