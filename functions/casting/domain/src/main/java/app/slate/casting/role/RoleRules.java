package app.slate.casting.role;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The rules across a breakdown's fields, checked after the per-field constraints. */
final class RoleRules {

    private RoleRules() {
    }

    static void check(RoleDetails role) {
        List<FieldError> errors = new ArrayList<>();
        if (role.playableAge().min() > role.playableAge().max()) {
            errors.add(new FieldError("playableAge.min", "must not be greater than playableAge.max"));
        }
        if (role.pay().paid() && (role.pay().amount() == null || role.pay().currency() == null || role.pay().period() == null)) {
            errors.add(new FieldError("pay", "a paid role gives amount, currency and period"));
        }
        if (role.pay().currency() != null && Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(role.pay().currency()))) {
            errors.add(new FieldError("pay.currency", "must be a currency ISO 4217 lists, such as GBP or SAR"));
        }
        if (!role.pay().paid() && role.pay().amount() != null) {
            errors.add(new FieldError("pay.amount", "must be empty when the role is unpaid"));
        }
        if (role.shooting() != null && role.shooting().to().isBefore(role.shooting().from())) {
            errors.add(new FieldError("shooting.to", "must not be before shooting.from"));
        }
        if (!role.deadline().isAfter(Instant.now())) {
            errors.add(new FieldError("deadline", "must be in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
