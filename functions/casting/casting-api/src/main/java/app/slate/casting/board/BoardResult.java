package app.slate.casting.board;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One page of the role board: cards newest first (priority placement first), the count of all
 * matches, and the next page's cursor. {@code featured}: the casting account's plan shows the badge.
 */
public record BoardResult(List<RoleCard> items, long total, String nextCursor) {

    public record RoleCard(String id, String name, String projectTitle, String projectType, String city, String country,
                           int ageMin, int ageMax, List<String> genders, boolean paid, BigDecimal payAmount,
                           String payCurrency, String payPeriod, String unionRequirement, Instant deadline, boolean featured) {
    }
}
