package app.slate.platform.ai.usage;

import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The record of chat-model calls ({@code ai_calls}) and the answers to identical prompts
 * ({@code ai_answers}), both platform/ai's tables. Blocking: model calls run on worker threads.
 * A call whose record cannot be written still answers (its log line stays the record); a budget
 * that cannot be read refuses the call.
 */
@ApplicationScoped
public class AiLedger {

    private static final Logger LOG = Logger.getLogger(AiLedger.class);

    private static final String RECORD = """
            INSERT INTO ai_calls (day, purpose, account_id, model, input_tokens, output_tokens, cost_usd, cached, latency_ms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";
    private static final String SPENT = """
            SELECT coalesce(sum(input_tokens + output_tokens) FILTER (WHERE account_id = $2), 0) AS by_account,
                   coalesce(sum(input_tokens + output_tokens), 0) AS by_all
            FROM ai_calls WHERE day = $1""";
    /** One lock for every reservation: they are a few milliseconds each, and two must never both see the same sums. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('slate.ai-budget'))";
    private static final String RESERVE = """
            INSERT INTO ai_calls (day, purpose, account_id, model, input_tokens, output_tokens, cost_usd, cached, latency_ms)
            SELECT $1, $2, $3, $4, $5, 0, 0, false, 0
            WHERE (SELECT coalesce(sum(input_tokens + output_tokens), 0) FROM ai_calls WHERE day = $1) < $6
              AND ($3::text IS NULL OR (SELECT coalesce(sum(input_tokens + output_tokens), 0) FROM ai_calls
                                        WHERE day = $1 AND account_id = $3) < $7)
            RETURNING id""";
    private static final String SETTLE = "UPDATE ai_calls SET input_tokens = $2, output_tokens = $3, cost_usd = $4, latency_ms = $5 WHERE id = $1";
    private static final String CACHED = "SELECT answer FROM ai_answers WHERE prompt_hash = $1 AND expires_at > now()";
    private static final String REMEMBER = """
            INSERT INTO ai_answers (prompt_hash, account_id, answer, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
            ON CONFLICT (prompt_hash) DO UPDATE SET answer = excluded.answer, expires_at = excluded.expires_at""";

    private final Pool database;

    public AiLedger(Pool database) {
        this.database = database;
    }

    public TokenBudget.Spent spentToday(String account) {
        Row row = database.preparedQuery(SPENT).execute(Tuple.of(today(), account)).await().atMost(Await.LIMIT).iterator().next();
        return new TokenBudget.Spent(row.getLong("by_account"), row.getLong("by_all"));
    }

    /**
     * Counts {@code tokens} against today's budgets before a call, atomically: the row is written
     * only while both budgets have room, so calls in flight together cannot all pass a budget
     * that has room for one. Empty when a budget is spent. The row is settled with the real
     * figures after the call; a call that fails keeps the reserved count, since Bedrock may bill it.
     */
    public java.util.OptionalLong reserve(String purpose, String account, String model, int tokens, TokenBudget budget) {
        var rows = database.withTransaction(connection -> connection.query(LOCK).execute()
                        .chain(() -> connection.preparedQuery(RESERVE).execute(Tuple.from(new Object[] {today(), purpose, account, model, tokens,
                                budget.dailyTokens(), budget.accountDailyTokens()}))))
                .await().atMost(Await.LIMIT);
        return rows.size() == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(rows.iterator().next().getLong("id"));
    }

    public void settle(long reservation, AiCall call) {
        try {
            database.preparedQuery(SETTLE).execute(Tuple.of(reservation, call.inputTokens(), call.outputTokens(), dollars(call), millis(call)))
                    .await().atMost(Await.LIMIT);
        } catch (RuntimeException e) {
            LOG.errorf(e, "model call of %s not settled (its log line stays)", call.purpose());
        }
    }

    public void record(AiCall call) {
        try {
            database.preparedQuery(RECORD).execute(Tuple.from(new Object[] {today(), call.purpose(), call.account(), call.model(),
                    call.inputTokens(), call.outputTokens(), dollars(call), call.cached(), millis(call)})).await().atMost(Await.LIMIT);
        } catch (RuntimeException e) {
            LOG.errorf(e, "model call of %s not recorded (its log line stays)", call.purpose());
        }
    }

    /** The answer to this prompt, while it has not expired. A cache that cannot be read is a miss. */
    public Optional<String> cached(String promptHash) {
        try {
            var rows = database.preparedQuery(CACHED).execute(Tuple.of(promptHash)).await().atMost(Await.LIMIT);
            return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("answer"));
        } catch (RuntimeException e) {
            LOG.warnf(e, "prompt cache unreadable; asking the model");
            return Optional.empty();
        }
    }

    public void remember(String promptHash, String account, String answer, Duration keptFor) {
        try {
            database.preparedQuery(REMEMBER).execute(Tuple.of(promptHash, account, answer, (double) keptFor.toSeconds())).await().atMost(Await.LIMIT);
        } catch (RuntimeException e) {
            LOG.warnf(e, "answer not cached");
        }
    }

    private static BigDecimal dollars(AiCall call) {
        return BigDecimal.valueOf(call.costUsd()).setScale(6, RoundingMode.HALF_UP);
    }

    private static int millis(AiCall call) {
        return (int) Math.min(Integer.MAX_VALUE, call.latencyMs());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
