package app.slate.standins.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Stripe's request encoding: a form whose keys nest with brackets ({@code line_items[0][price]},
 * {@code metadata[accountId]}, {@code expand[]}), read into a JSON tree the way Stripe reads it:
 * numeric brackets and empty ones make arrays, others objects; every leaf is a string.
 */
final class StripeForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StripeForm() {
    }

    static ObjectNode parse(String body) {
        ObjectNode root = JSON.createObjectNode();
        if (body == null || body.isBlank()) {
            return root;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            put(root, key, value);
        }
        return root;
    }

    private static void put(ObjectNode root, String key, String value) {
        int bracket = key.indexOf('[');
        String head = bracket < 0 ? key : key.substring(0, bracket);
        if (bracket < 0) {
            root.put(head, value);
            return;
        }
        List<String> path = List.of(key.substring(bracket + 1, key.length() - 1).split("\\]\\[", -1));
        JsonNode container = root;
        String name = head;
        for (String part : path) {
            boolean array = part.isEmpty() || part.chars().allMatch(Character::isDigit);
            JsonNode next = child(container, name);
            if (next == null) {
                next = array ? JSON.createArrayNode() : JSON.createObjectNode();
                set(container, name, next);
            }
            container = next;
            name = part;
        }
        set(container, name, JSON.getNodeFactory().textNode(value));
    }

    private static JsonNode child(JsonNode container, String name) {
        if (container instanceof ArrayNode array) {
            int index = name.isEmpty() ? array.size() : Integer.parseInt(name);
            return index < array.size() ? array.get(index) : null;
        }
        return container.get(name);
    }

    private static void set(JsonNode container, String name, JsonNode value) {
        if (container instanceof ArrayNode array) {
            int index = name.isEmpty() ? array.size() : Integer.parseInt(name);
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) container).set(name, value);
        }
    }
}
