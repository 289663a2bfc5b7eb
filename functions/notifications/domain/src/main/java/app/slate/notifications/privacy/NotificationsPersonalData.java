package app.slate.notifications.privacy;

import app.slate.notifications.inbox.InboxConfig;
import app.slate.platform.dynamodb.DynamoTraces;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What notifications keeps about a person: contact, preferences, devices, verified phone, journey
 * state, every delivery to them and its address, suppressions of their addresses, what waits in the
 * schedule for them, calendar entries of their auditions, and the inbox, theirs and other people's items that name
 * them (a team's "new submission from ..."). Nothing is kept.
 */
@ApplicationScoped
public class NotificationsPersonalData implements PersonalData {

    private static final String PHONE = "(SELECT number FROM notification_phones WHERE account_id = $1)";

    private final Pool database;
    private final DynamoTraces traces;
    private final DynamoDbClient dynamo;
    private final InboxConfig inbox;

    public NotificationsPersonalData(Pool database, DynamoTraces traces, DynamoDbClient dynamo, InboxConfig inbox) {
        this.database = database;
        this.traces = traces;
        this.dynamo = dynamo;
        this.inbox = inbox;
    }

    @Override
    public String area() {
        return "notifications";
    }

    @Override
    public int order() {
        return 40;
    }

    /** Notices gathered from events already in flight when the erasure began (a saved search's match, a message) are taken out again at the end. */
    @Override
    public boolean sweptLast() {
        return true;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        String email = person.email() == null ? "" : person.email();
        List<ErasureLine> lines = new ArrayList<>(new ErasureSteps()
                .delete("notification_deliveries", "messages sent to them",
                        "DELETE FROM notification_deliveries WHERE recipient = $1 OR lower(address) = lower($2) OR address = " + PHONE,
                        person.accountId(), email)
                .delete("notification_suppressions", "suppressions of their addresses",
                        "DELETE FROM notification_suppressions WHERE lower(address) = lower($2) OR address = " + PHONE, person.accountId(), email)
                .anonymise("notification_schedule", "their profile in others' saved-search digests", """
                        UPDATE notification_schedule SET payload = payload #- array['entries', $1::text]
                         WHERE kind = 'SAVED_SEARCH' AND done_at IS NULL AND payload -> 'entries' ? $1::text""",
                        person.profileId() == null ? "" : person.profileId().toString())
                .anonymise("notification_schedule", "their messages in others' waiting notices", """
                        UPDATE notification_schedule SET payload = jsonb_set(payload, '{entries}', COALESCE((SELECT jsonb_object_agg(k, v)
                                 FROM jsonb_each(payload -> 'entries') AS e(k, v) WHERE v ->> 'senderId' IS DISTINCT FROM $1), '{}'::jsonb))
                         WHERE kind = 'MESSAGES' AND done_at IS NULL AND payload::text LIKE '%' || $1 || '%'""", person.subject())
                .delete("notification_schedule", "reminders and digests waiting for them",
                        "DELETE FROM notification_schedule WHERE key LIKE '%' || $1 || '%' OR payload::text LIKE '%' || $1 || '%'",
                        person.subject())
                .delete("notification_calendar", "calendar entries of auditions they were invited to",
                        "DELETE FROM notification_calendar WHERE $1 = ANY(attendees)", person.subject())
                .delete("notification_phones", "verified phone", "DELETE FROM notification_phones WHERE account_id = $1", person.accountId())
                .delete("notification_devices", "push devices", "DELETE FROM notification_devices WHERE account_id = $1", person.accountId())
                .delete("notification_preferences", "preferences", "DELETE FROM notification_preferences WHERE account_id = $1", person.accountId())
                .delete("notification_lifecycle", "onboarding journey", "DELETE FROM notification_lifecycle WHERE account_id = $1", person.accountId())
                .delete("notification_contacts", "contact (address, name, language, time zone)",
                        "DELETE FROM notification_contacts WHERE account_id = $1", person.accountId())
                .run(database));
        // Their own items are keyed by their id; others' name them in a title, a body or a link.
        inbox.table().ifPresent(table -> lines.add(ErasureLine.deleted("dynamodb:inbox", "inbox items for them or naming them",
                traces.deleteMentioning(table, List.of("pk", "sk"), person.traces()))));
        return lines;
    }

    @Override
    public JsonNode export(Person person) {
        ObjectNode export = (ObjectNode) new ExportRows()
                .add("contact", "SELECT email, display_name, language, time_zone, quiet_hours, updated_at FROM notification_contacts WHERE account_id = $1",
                        person.accountId())
                .add("preferences", "SELECT category, channel, enabled, updated_at FROM notification_preferences WHERE account_id = $1",
                        person.accountId())
                .add("devices", "SELECT id, label, created_at, last_push_at FROM notification_devices WHERE account_id = $1", person.accountId())
                .add("phone", "SELECT number, verified_at FROM notification_phones WHERE account_id = $1", person.accountId())
                .add("deliveries", """
                        SELECT event_type, channel, template, address, status, created_at, updated_at FROM notification_deliveries
                         WHERE recipient = $1 ORDER BY created_at""", person.accountId())
                .run(database);
        ArrayNode items = export.putArray("inbox");
        inbox.table().ifPresent(table -> dynamo.queryPaginator(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(person.subject())))).items().forEach(item -> {
                    ObjectNode entry = items.addObject();
                    for (String name : List.of("type", "title", "body", "link", "occurredAt")) {
                        if (item.containsKey(name)) {
                            entry.put(name, item.get(name).s());
                        }
                    }
                    entry.put("read", !item.containsKey("unread"));
                }));
        return export;
    }
}
