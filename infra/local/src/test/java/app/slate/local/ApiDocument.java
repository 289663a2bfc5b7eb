package app.slate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The operations of an OpenAPI document, with their parameters and JSON body schema resolved. */
record ApiDocument(JsonNode root) {

    /** One operation: {@code POST /talents/me}, its parameters and the schema of its body. */
    record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema, boolean bodyRequired) {
        String name() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema")))));
            JsonNode content = operation.path("requestBody").path("content");
            String bodyType = content.isObject() && content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode bodySchema = bodyType == null ? null : resolve(content.path(bodyType).path("schema"));
            operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, bodyType, bodySchema,
                    operation.path("requestBody").path("required").asBoolean(false)));
        }));
        return operations;
    }

    /** Follows {@code $ref}s and folds {@code allOf}, so a schema can be read where it stands. */
    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(root.path("components").path("schemas").path(name));
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            schema.get("allOf").forEach(part -> merged.setAll((ObjectNode) resolve(part).deepCopy()));
            schema.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("allOf")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return merged;
        }
        return schema;
    }

    /** The schema's type, from {@code type} or, for OpenAPI 3.1's {@code ["string","null"]}, its first non-null. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "";
    }
}
