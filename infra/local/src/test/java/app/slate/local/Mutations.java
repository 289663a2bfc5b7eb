package app.slate.local;

import static app.slate.local.ApiDocument.typeOf;

import app.slate.local.ApiDocument.Operation;
import app.slate.local.ApiDocument.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The wrong requests made for one operation, each with a single defect: a body field of the wrong
 * type, with NUL or another control character, far too long, a null in a list, a number too large
 * or with a fraction; a body that is empty, not JSON, an array, nested without end, with a key
 * twice or an unknown key, or of another content type; a path or query parameter that does not
 * parse. The rest of each request is as the document describes it.
 */
final class Mutations {

    /**
     * One wrong request; {@code field} is what its problem must name, or null when nothing is named;
     * a request that need not be refused (a long but harmless query text) must still not fail.
     */
    record Mutation(String label, String field, boolean mustRefuse, String path, String contentType, String body) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int HUGE = 100_001;

    private final ApiDocument document;

    Mutations(ApiDocument document) {
        this.document = document;
    }

    List<Mutation> of(Operation operation) {
        List<Mutation> mutations = new ArrayList<>();
        String path = samplePath(operation, null, null);
        boolean json = operation.bodyType() != null && operation.bodyType().contains("json");
        JsonNode sample = json ? sample(operation.bodySchema(), 0) : null;
        String sampleType = json ? "application/json" : null;
        String sampleBody = json ? sample.toString() : null;
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                for (String wrong : wrongPathValues(parameter)) {
                    mutations.add(new Mutation("path " + parameter.name() + "=" + abbreviate(wrong), parameter.name(), true,
                            samplePath(operation, parameter.name(), wrong), sampleType, sampleBody));
                }
            } else if (parameter.in().equals("query")) {
                if (typeOf(parameter.schema()).equals("string") && !parameter.schema().has("maxLength")) {
                    mutations.add(new Mutation("query " + parameter.name() + " of 3000 characters", null, false,
                            path + "?" + parameter.name() + "=" + "x".repeat(3000), sampleType, sampleBody));
                }
                for (String wrong : wrongQueryValues(parameter.schema())) {
                    mutations.add(new Mutation("query " + parameter.name() + "=" + abbreviate(wrong), parameter.name(), true,
                            path + "?" + parameter.name() + "=" + URLEncoder.encode(wrong, StandardCharsets.UTF_8), sampleType, sampleBody));
                }
            }
        }
        if (operation.bodyType() == null) {
            return mutations;
        }
        if (!json) {
            mutations.add(new Mutation("JSON instead of " + operation.bodyType(), null, true, path, "application/json", "{}"));
            mutations.add(new Mutation("empty body", null, true, path, operation.bodyType(), ""));
            return mutations;
        }
        if (operation.bodyRequired()) {
            mutations.add(new Mutation("empty body", "body", true, path, "application/json", ""));
        }
        mutations.add(new Mutation("not JSON", "body", true, path, "application/json", "not json"));
        mutations.add(new Mutation("text/plain body", null, true, path, "text/plain", sample.toString()));
        mutations.add(new Mutation("nested 500 deep", null, true, path, "application/json", "[".repeat(500) + "]".repeat(500)));
        if (sample.isObject()) {
            mutations.add(new Mutation("array instead of object", "body", true, path, "application/json", "[]"));
            ObjectNode unknown = ((ObjectNode) sample.deepCopy()).put("fuzzUnknownField", 1);
            mutations.add(new Mutation("unknown field", "fuzzUnknownField", true, path, "application/json", unknown.toString()));
            if (sample.fieldNames().hasNext()) {
                String first = sample.fieldNames().next();
                String twice = "{\"" + first + "\":" + sample.get(first) + "," + sample.toString().substring(1);
                mutations.add(new Mutation("key twice", first, true, path, "application/json", twice));
            }
        }
        fieldMutations(operation.bodySchema(), sample, sample, new ArrayList<>(), "", path, mutations);
        return mutations;
    }

    private void fieldMutations(JsonNode schema, JsonNode root, JsonNode value, List<Object> steps, String field,
                                String path, List<Mutation> out) {
        String type = typeOf(schema);
        if (!field.isEmpty()) {
            for (JsonNode wrong : wrongBodyValues(schema, type)) {
                out.add(new Mutation("body " + field + "=" + abbreviate(wrong.toString()), field, true, path, "application/json", replaced(root, steps, wrong).toString()));
            }
            if (type.equals("integer")) {
                String huge = replaced(root, steps, JSON.numberNode(new BigInteger("99999999999999999999999"))).toString();
                out.add(new Mutation("body " + field + "=1e22", field, true, path, "application/json", huge));
            }
        }
        if (type.equals("object") && value.isObject()) {
            schema.path("properties").fields().forEachRemaining(property -> {
                List<Object> deeper = new ArrayList<>(steps);
                deeper.add(property.getKey());
                fieldMutations(document.resolve(property.getValue()), root, value.get(property.getKey()), deeper,
                        field.isEmpty() ? property.getKey() : field + "." + property.getKey(), path, out);
            });
        } else if (type.equals("array") && value.isArray() && !value.isEmpty()) {
            List<Object> deeper = new ArrayList<>(steps);
            deeper.add(0);
            fieldMutations(document.resolve(schema.path("items")), root, value.get(0), deeper, field + "[0]", path, out);
        }
    }

    private static List<JsonNode> wrongBodyValues(JsonNode schema, String type) {
        List<JsonNode> wrong = new ArrayList<>();
        switch (type) {
            case "string" -> {
                wrong.add(JSON.numberNode(12345));
                wrong.add(JSON.textNode("Fu\u0000zz"));
                wrong.add(JSON.textNode("Fu\u0007zz"));
                wrong.add(JSON.textNode("x".repeat(HUGE)));
                if (schema.has("enum") || schema.has("format")) {
                    wrong.add(JSON.textNode("not-a-valid-value"));
                }
            }
            case "integer" -> {
                wrong.add(JSON.textNode("12"));
                wrong.add(JSON.numberNode(1.5));
            }
            case "number" -> wrong.add(JSON.textNode("x"));
            case "boolean" -> {
                wrong.add(JSON.numberNode(12345));
                wrong.add(JSON.textNode("true"));
            }
            case "array" -> {
                wrong.add(JSON.textNode("x"));
                wrong.add(JSON.arrayNode().addNull());
            }
            case "object" -> wrong.add(JSON.numberNode(5));
            default -> {
            }
        }
        return wrong;
    }

    private static List<String> wrongPathValues(Parameter parameter) {
        return "uuid".equals(parameter.schema().path("format").asText())
                ? List.of("not-a-uuid", "1-1-1-1-1", "\u0000")
                : List.of("\u0000", "a\u0007b");
    }

    private static List<String> wrongQueryValues(JsonNode schema) {
        JsonNode items = typeOf(schema).equals("array") ? schema.path("items") : schema;
        List<String> wrong = new ArrayList<>(List.of("a\u0000b", "a\u001bb"));
        switch (typeOf(items)) {
            case "integer" -> wrong.addAll(List.of("abc", "1.5", "99999999999999999999"));
            case "number" -> wrong.addAll(List.of("abc", "NaN"));
            case "boolean" -> wrong.add("maybe");
            case "string" -> {
                if (items.has("format") || items.has("enum") || items.has("pattern")) {
                    wrong.add("2027-02-30T99");
                }
                if (items.has("maxLength")) {
                    wrong.add("x".repeat(items.get("maxLength").asInt() + 1));
                }
            }
            default -> {
            }
        }
        return wrong;
    }

    /** A value the document would accept: the first enum constant, the minimum, a plausible text. */
    JsonNode sample(JsonNode schema, int depth) {
        return sample(schema, "", depth);
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        schema = document.resolve(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        return switch (typeOf(schema)) {
            case "string" -> JSON.textNode(sampleText(schema, name));
            case "integer" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                if (depth < 6) {
                    array.add(sample(schema.path("items"), name, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), p.getKey(), depth + 1)));
                }
                yield object;
            }
        };
    }

    /** Plausible texts, tried against a field's pattern; a birth date is in the past, other dates ahead. */
    private static final List<String> CANDIDATES = List.of("Fuzz", "GB", "en", "FEMALE", "web", "Europe/London", "MEMBER",
            "UNION", "+966500000000", "1012345678", "fuzz@example.com", "https://example.com/fuzz");

    /** The first alternative of a pattern of words ({@code talent|casting|admin}), else a candidate that matches. */
    private static String matching(String pattern) {
        if (pattern == null) {
            return "Fuzz";
        }
        if (pattern.matches("[\\w|]+")) {
            return pattern.split("\\|")[0];
        }
        return CANDIDATES.stream().filter(candidate -> candidate.matches(pattern)).findFirst().orElse("Fuzz");
    }

    private static String sampleText(JsonNode schema, String name) {
        String pattern = schema.path("pattern").asText(null);
        String text = switch (schema.path("format").asText()) {
            case "date" -> name.toLowerCase().contains("birth") ? "2000-01-15" : "2031-01-15";
            case "date-time" -> schema.path("examples").path(0).asText("Z").endsWith("Z") ? "2031-01-15T10:00:00Z" : "2031-01-15T10:00:00";
            case "local-time", "time" -> "21:30";
            case "uuid" -> UUID.randomUUID().toString();
            case "email" -> "fuzz@example.com";
            case "uri", "url" -> "https://example.com/fuzz";
            default -> name.toLowerCase().contains("email") ? "fuzz@example.com" : matching(pattern);
        };
        int min = schema.path("minLength").asInt(0);
        while (text.length() < min) {
            text = text + text;
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, Math.max(min, max)) : text;
    }

    private static String samplePath(Operation operation, String wrongParameter, String wrongValue) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = parameter.name().equals(wrongParameter) ? URLEncoder.encode(wrongValue, StandardCharsets.UTF_8).replace("+", "%20")
                        : "uuid".equals(parameter.schema().path("format").asText()) ? UUID.randomUUID().toString() : "fuzz";
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        return path;
    }

    private static JsonNode replaced(JsonNode root, List<Object> steps, JsonNode replacement) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, replacement);
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement);
        }
        return copy;
    }

    private static String abbreviate(String text) {
        String visible = text.replace("\u0000", "\\u0000").replace("\u0007", "\\u0007").replace("\u001b", "\\u001b");
        return visible.length() > 40 ? visible.substring(0, 20) + "…(" + visible.length() + " chars)" : visible;
    }
}
