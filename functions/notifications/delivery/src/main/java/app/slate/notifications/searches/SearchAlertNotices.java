package app.slate.notifications.searches;

import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.casting.CastingMessages.Cause;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.SearchEvents.SearchMatched;
import app.slate.platform.events.SearchEvents.SearchUnmatched;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Saved searches' alerts at the pace their owner chose: an INSTANT search's match goes at once
 * (push or email as they chose for {@code SAVED_SEARCHES}, through quiet hours); a DAILY or WEEKLY
 * search's matches gather into one digest that goes a day or a week after the first, without those
 * that stopped matching meanwhile. The search indexer has already made sure each match comes once.
 */
@ApplicationScoped
public class SearchAlertNotices {

    /** One match waiting for a digest. */
    public record Entry(UUID searchId, UUID ownerId, String searchName, String kind, UUID objectId, String title) {
    }

    private final Schedule schedule;
    private final CastingMessages messages;

    public SearchAlertNotices(Schedule schedule, CastingMessages messages) {
        this.schedule = schedule;
        this.messages = messages;
    }

    public void matched(EventEnvelope event, SearchMatched match, Instant now) {
        Duration window = switch (match.frequency()) {
            case "DAILY" -> Duration.ofDays(1);
            case "WEEKLY" -> Duration.ofDays(7);
            default -> Duration.ZERO;
        };
        if (window.isZero()) {
            messages.savedSearchMatches(Cause.of(event), match.ownerId(), match.searchName(), match.kind(),
                    List.of(Map.of("title", match.title(), "objectId", match.objectId().toString())), now);
            return;
        }
        schedule.gather(Waiting.SAVED_SEARCH, key(match.searchId()), now.plus(window), match.objectId().toString(),
                new Entry(match.searchId(), match.ownerId(), match.searchName(), match.kind(), match.objectId(), match.title()));
    }

    public void unmatched(SearchUnmatched unmatched) {
        schedule.ungather(key(unmatched.searchId()), unmatched.objectId().toString());
    }

    /** A digest that came due: what is still in it, if anything. */
    public void send(Due due, Instant now) {
        List<Map<String, String>> matches = new ArrayList<>();
        JsonNode last = null;
        for (JsonNode entry : schedule.payload(due, JsonNode.class).path("entries")) {
            matches.add(Map.of("title", entry.path("title").asText(), "objectId", entry.path("objectId").asText()));
            last = entry;
        }
        if (last != null) {
            messages.savedSearchMatches(new Cause(due.id(), "saved-search-digest"), UUID.fromString(last.path("ownerId").asText()),
                    last.path("searchName").asText(), last.path("kind").asText(), matches, now);
        }
    }

    private static String key(UUID searchId) {
        return "saved-search:" + searchId;
    }
}
