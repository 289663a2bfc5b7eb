package app.slate.platform.dynamodb;

import app.slate.platform.idempotency.IdempotencyConfig;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import app.slate.platform.ratelimit.RateLimitConfig;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's records of requests that can name a person: idempotency records (a stored answer
 * repeats what was created, keyed by the caller) and rate-limit windows (a login window is named by
 * the email). Both expire on their own within days; an erasure does not wait for that.
 */
@ApplicationScoped
public class RequestRecordsPersonalData implements PersonalData {

    private final DynamoTraces traces;
    private final IdempotencyConfig idempotency;
    private final RateLimitConfig rateLimits;

    public RequestRecordsPersonalData(DynamoTraces traces, IdempotencyConfig idempotency, RateLimitConfig rateLimits) {
        this.traces = traces;
        this.idempotency = idempotency;
        this.rateLimits = rateLimits;
    }

    @Override
    public String area() {
        return "requests";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        List<ErasureLine> lines = new ArrayList<>();
        idempotency.table().ifPresent(table -> lines.add(ErasureLine.deleted("dynamodb:idempotency", "idempotency records of their requests",
                traces.deleteMentioning(table, List.of("pk"), person.traces()))));
        rateLimits.table().ifPresent(table -> lines.add(ErasureLine.deleted("dynamodb:rate-limits", "rate-limit windows named by them",
                traces.deleteMentioning(table, List.of("pk"), person.traces()))));
        return lines;
    }

    @Override
    public JsonNode export(Person person) {
        return null;
    }
}
