package app.slate.notifications.inbox;

import app.slate.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Everyone's in-app inbox, one DynamoDB partition per person. An item's key comes from the
 * event that caused it, and writing is conditional on the key being new, so a redelivered event
 * never makes a second item. Unread items also carry the {@code unread} attribute, the sort key
 * of a sparse index: counting unread items reads that index only, and an item that expires by
 * TTL leaves the count with it.
 */
@ApplicationScoped
public class Inbox {

    private static final String ITEM_PREFIX = "item#";
    private static final String UNREAD_INDEX = "unread";
    private static final Pattern ITEM_ID = Pattern.compile("\\d{13}-[0-9a-f-]{36}");
    private static final int MAX_COUNTED = 1000;

    private final DynamoDbClient dynamo;
    private final InboxConfig config;

    public Inbox(DynamoDbClient dynamo, InboxConfig config) {
        this.dynamo = dynamo;
        this.config = config;
    }

    /** The item id for an event: its time first, so that a partition reads newest first. */
    private static String itemId(Instant occurredAt, UUID eventId) {
        return String.format("%013d-%s", occurredAt.toEpochMilli(), eventId);
    }

    /** False when this event already reached this inbox. */
    public boolean deliver(String recipient, UUID eventId, String type, String title, String body, String link, Instant occurredAt) {
        String id = itemId(occurredAt, eventId);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(recipient));
        item.put("sk", s(ITEM_PREFIX + id));
        item.put("unread", s(ITEM_PREFIX + id));
        item.put("type", s(type));
        item.put("title", s(title));
        item.put("body", s(body));
        if (link != null) {
            item.put("link", s(link));
        }
        item.put("occurredAt", s(occurredAt.toString()));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(occurredAt.plus(config.retention()).getEpochSecond())));
        try {
            dynamo.putItem(p -> p.tableName(table()).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException alreadyDelivered) {
            return false;
        }
    }

    public InboxPage page(String recipient, String cursor, int limit) {
        Map<String, AttributeValue> values = Map.of(":pk", s(recipient), ":prefix", s(ITEM_PREFIX));
        QueryResponse response = dynamo.query(q -> {
            q.tableName(table()).keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(values).scanIndexForward(false).limit(limit);
            if (cursor != null) {
                q.exclusiveStartKey(Map.of("pk", s(recipient), "sk", s(ITEM_PREFIX + decode(cursor))));
            }
        });
        List<InboxItem> items = response.items().stream().map(Inbox::toItem).toList();
        String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() && items.size() == limit
                ? encode(items.get(items.size() - 1).id()) : null;
        return new InboxPage(items, next);
    }

    /** Marking an item read twice is fine; an item that is not in this inbox is not found. */
    public void markRead(String recipient, String itemId) {
        if (!ITEM_ID.matcher(itemId).matches()) {
            throw ProblemException.notFound("No such inbox item");
        }
        try {
            dynamo.updateItem(u -> u.tableName(table())
                    .key(Map.of("pk", s(recipient), "sk", s(ITEM_PREFIX + itemId)))
                    .updateExpression("SET readAt = if_not_exists(readAt, :now) REMOVE unread")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":now", s(Instant.now().toString()))));
        } catch (ConditionalCheckFailedException missing) {
            throw ProblemException.notFound("No such inbox item");
        }
    }

    /** Counted up to a thousand: a badge shows "999+" beyond that anyway. */
    public int unread(String recipient) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse response = dynamo.query(q -> q.tableName(table()).indexName(UNREAD_INDEX)
                    .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", s(recipient)))
                    .select(Select.COUNT).exclusiveStartKey(from));
            count += response.count();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null && count < MAX_COUNTED);
        return Math.min(count, MAX_COUNTED);
    }

    private static InboxItem toItem(Map<String, AttributeValue> item) {
        return new InboxItem(item.get("sk").s().substring(ITEM_PREFIX.length()), item.get("type").s(), item.get("title").s(),
                item.get("body").s(), item.containsKey("link") ? item.get("link").s() : null,
                Instant.parse(item.get("occurredAt").s()),
                item.containsKey("readAt") ? Instant.parse(item.get("readAt").s()) : null);
    }

    private static String encode(String itemId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(itemId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String itemId = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (ITEM_ID.matcher(itemId).matches()) {
                return itemId;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw ProblemException.invalid("cursor", "is not a cursor from a previous page");
    }

    private String table() {
        return config.table().orElseThrow(() -> new IllegalStateException("slate.inbox.table is not configured"));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
