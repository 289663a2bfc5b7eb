package app.slate.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.Subscriber;
import app.slate.platform.events.TalentEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void complete_refusesAConsumerThatMissesARoutedType() {
        EventHandlers handlers = EventHandlers.of(Subscriber.SEARCH_INDEXER)
                .on(TalentEvents.PROFILE_CHANGED, (event, changed) -> { })
                .on(TalentEvents.PROFILE_DELETED, (event, deleted) -> { });

        assertThatThrownBy(handlers::complete).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casting.role.changed");
    }

    @Test
    void complete_refusesAHandlerForATypeNotRoutedToThisConsumer() {
        EventHandlers handlers = EventHandlers.of(Subscriber.SCRIPT_ANALYSIS)
                .on(CastingEvents.SCRIPT_UPLOADED, (event, uploaded) -> { })
                .on(CastingEvents.ROLE_CHANGED, (event, changed) -> { });

        assertThatThrownBy(handlers::complete).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("script-analysis");
    }

    @Test
    void handle_givesTheHandlerTheTypedPayload_ignoringFieldsItDoesNotKnow() {
        List<CastingEvents.ScriptUploaded> seen = new ArrayList<>();
        EventHandlers handlers = EventHandlers.of(Subscriber.SCRIPT_ANALYSIS)
                .on(CastingEvents.SCRIPT_UPLOADED, (event, uploaded) -> seen.add(uploaded)).complete();
        UUID script = UUID.randomUUID();
        UUID project = UUID.randomUUID();

        handlers.handle(envelope("casting.script.uploaded", JSON.createObjectNode()
                .put("scriptId", script.toString()).put("projectId", project.toString()).put("addedLater", true)), JSON);

        assertThat(seen).containsExactly(new CastingEvents.ScriptUploaded(script, project));
    }

    @Test
    void handle_refusesATypeItHasNoHandlerFor() {
        EventHandlers handlers = EventHandlers.of(Subscriber.SCRIPT_ANALYSIS)
                .on(CastingEvents.SCRIPT_UPLOADED, (event, uploaded) -> { }).complete();

        assertThatThrownBy(() -> handlers.handle(envelope("casting.role.changed", JSON.createObjectNode()), JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("casting.role.changed");
    }

    private static EventEnvelope envelope(String type, com.fasterxml.jackson.databind.JsonNode payload) {
        return new EventEnvelope(UUID.randomUUID(), type, "test", "1", Instant.now(), payload);
    }
}
