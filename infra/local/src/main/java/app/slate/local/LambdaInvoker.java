package app.slate.local;

import app.slate.local.functions.FunctionInstances;
import app.slate.local.functions.LambdaRuntimeApi;
import app.slate.local.functions.PerFunctionCloud;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;

/**
 * Invokes a function's handler the way the Lambda runtime does: the event as JSON, read into
 * whatever type the handler declares, and the result written back as JSON. Handlers are found by
 * the name that {@code QUARKUS_LAMBDA_HANDLER} gives them in template.yaml. In per-function mode
 * the event goes to the function's own process instead.
 */
@ApplicationScoped
public class LambdaInvoker {

    // Lambda's own serializer matches event fields case-insensitively ("Records" -> records).
    private final ObjectMapper json = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();
    private final PerFunctionCloud perFunction;

    public LambdaInvoker(PerFunctionCloud perFunction) {
        this.perFunction = perFunction;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonNode invoke(String handlerName, JsonNode event) {
        if (perFunction.enabled()) {
            return inProcessOf(handlerName, event);
        }
        try (InstanceHandle<Object> handle = Arc.container().instance(handlerName)) {
            if (!(handle.isAvailable() && handle.get() instanceof RequestHandler handler)) {
                throw new IllegalStateException("no handler named " + handlerName);
            }
            Object input = json.convertValue(event, inputType(handle.getBean().getBeanClass()));
            return json.valueToTree(handler.handleRequest(input, new LocalContext(handlerName)));
        }
    }

    private JsonNode inProcessOf(String handlerName, JsonNode event) {
        FunctionInstances function = perFunction.byHandler(handlerName);
        try {
            LambdaRuntimeApi.Outcome outcome = function.invoke(json.writeValueAsString(event), continuedTrace(event));
            if (outcome.error()) {
                throw new IllegalStateException(function.name() + " failed: " + outcome.body());
            }
            return json.readTree(outcome.body());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(function.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The trace an SQS batch continues: its first message's AWSTraceHeader (the outbox relay sends
     * the header of the request that recorded the event), or none.
     */
    private static String continuedTrace(JsonNode event) {
        String header = event.path("Records").path(0).path("attributes").path("AWSTraceHeader").asText("");
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return null;
    }

    /** The event type the handler class declares (not its client proxy, nor the erased bridge method). */
    private static Class<?> inputType(Class<?> handlerClass) {
        for (Method method : handlerClass.getDeclaredMethods()) {
            if (method.getName().equals("handleRequest") && method.getParameterCount() == 2
                    && !method.isBridge() && !method.isSynthetic()) {
                return method.getParameterTypes()[0];
            }
        }
        throw new IllegalStateException(handlerClass + " declares no handleRequest");
    }
}
