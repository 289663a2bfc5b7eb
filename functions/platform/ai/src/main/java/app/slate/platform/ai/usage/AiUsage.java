package app.slate.platform.ai.usage;

import app.slate.platform.ai.AiConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The admin's view of chat-model use: calls, tokens and cost by day and feature, and today against the budgets. */
@ApplicationScoped
public class AiUsage {

    /** One feature's calls on one UTC day; {@code cachedCalls} were answered from the cache at no cost. */
    public record FeatureDay(LocalDate day, String feature, long calls, long cachedCalls, long inputTokens, long outputTokens,
                             BigDecimal costUsd) {
    }

    public record Today(long tokens, long dailyTokens, long accountDailyTokens) {
    }

    public record View(Today today, List<FeatureDay> days) {
    }

    private static final String BY_DAY = """
            SELECT day, purpose, count(*) AS calls, count(*) FILTER (WHERE cached) AS cached_calls,
                   sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd
            FROM ai_calls WHERE day > $1 GROUP BY day, purpose ORDER BY day DESC, purpose""";

    private final Pool database;
    private final AiConfig.Budget budget;

    public AiUsage(Pool database, AiConfig config) {
        this.database = database;
        this.budget = config.budget();
    }

    /** The last {@code days} UTC days, today included, newest first. */
    public Uni<View> lastDays(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return database.preparedQuery(BY_DAY).execute(Tuple.of(today.minusDays(days))).map(rows -> {
            List<FeatureDay> found = new ArrayList<>();
            long tokensToday = 0;
            for (var row : rows) {
                FeatureDay day = new FeatureDay(row.getLocalDate("day"), row.getString("purpose"), row.getLong("calls"),
                        row.getLong("cached_calls"), row.getLong("input_tokens"), row.getLong("output_tokens"), row.getBigDecimal("cost_usd"));
                found.add(day);
                if (day.day().equals(today)) {
                    tokensToday += day.inputTokens() + day.outputTokens();
                }
            }
            return new View(new Today(tokensToday, budget.dailyTokens(), budget.accountDailyTokens()), found);
        });
    }
}
