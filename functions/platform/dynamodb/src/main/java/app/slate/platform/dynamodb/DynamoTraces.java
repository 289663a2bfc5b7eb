package app.slate.platform.dynamodb;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Finds and deletes the items of a table that point at a person where no key leads to them (an
 * idempotency record's stored answer, a rate-limit window named by an email, someone else's inbox
 * item that names them). A full scan: erasures are rare and these tables keep items for days (TTL),
 * so the scan is bounded; it reads every page, and deleting an item that is gone already is fine.
 */
@ApplicationScoped
public class DynamoTraces {

    private final DynamoDbClient dynamo;

    public DynamoTraces(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    /** Deletes every item {@code matches} accepts; answers how many. */
    public long delete(String table, List<String> keyAttributes, Predicate<Map<String, AttributeValue>> matches) {
        long deleted = 0;
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build()).items()) {
            if (matches.test(item)) {
                Map<String, AttributeValue> key = new HashMap<>();
                keyAttributes.forEach(name -> key.put(name, item.get(name)));
                dynamo.deleteItem(delete -> delete.tableName(table).key(key));
                deleted++;
            }
        }
        return deleted;
    }

    /** Every item whose text anywhere (keys, attributes, nested maps and lists) contains one of {@code traces}, ignoring case. */
    public long deleteMentioning(String table, List<String> keyAttributes, Collection<String> traces) {
        List<String> wanted = traces.stream().map(trace -> trace.toLowerCase(Locale.ROOT)).toList();
        return delete(table, keyAttributes, item -> mentions(item.values(), wanted));
    }

    private static boolean mentions(Collection<AttributeValue> values, List<String> traces) {
        for (AttributeValue value : values) {
            if (value.s() != null && traces.stream().anyMatch(value.s().toLowerCase(Locale.ROOT)::contains)) {
                return true;
            }
            if (value.hasSs() && value.ss().stream().anyMatch(s -> traces.stream().anyMatch(s.toLowerCase(Locale.ROOT)::contains))) {
                return true;
            }
            if (value.hasM() && mentions(value.m().values(), traces) || value.hasL() && mentions(value.l(), traces)) {
                return true;
            }
        }
        return false;
    }
}
