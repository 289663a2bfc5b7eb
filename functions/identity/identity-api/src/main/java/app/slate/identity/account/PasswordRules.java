package app.slate.identity.account;

import app.slate.platform.problem.ProblemException;
import java.util.Locale;
import java.util.Set;

/**
 * NIST SP 800-63B style: long enough, not a well-known password, not the email; no composition
 * rules, which only push people to predictable substitutions.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "123456789012", "qwertyuiopas", "iloveyou1234", "passwordpassword",
            "111111111111", "000000000000", "abcdefghijkl", "letmeinletmein", "welcome12345",
            "administrator", "qwerty123456", "password123!", "1q2w3e4r5t6y", "changeme1234");

    private PasswordRules() {
    }

    /** Refuses a bad password with a 400 that names {@code field} and says what is wrong. */
    public static void check(String field, String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw ProblemException.invalid(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw ProblemException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw ProblemException.invalid(field, "is too easy to guess; try a few unrelated words");
        }
        int at = email == null ? -1 : email.indexOf('@');
        // Short local parts ("al@…") would refuse too many good passwords by accident.
        if (at >= 4 && lower.contains(email.substring(0, at).toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid(field, "must not contain your email address");
        }
    }
}
