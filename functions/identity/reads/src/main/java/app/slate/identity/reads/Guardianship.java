package app.slate.identity.reads;

import app.slate.platform.auth.Caller;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * The rule that a minor never acts alone: what they send, submit, withdraw or upload comes from
 * their guardian, whose token acts for them ({@code act}), and only once the guardian has
 * consented. Anyone else, and a minor's own token used to read, pass untouched.
 */
public record Guardianship(UUID guardianId, LocalDate dateOfBirth, boolean consented) {

    public static final int ADULT_AGE = 18;

    public boolean minorOn(LocalDate today) {
        return guardianId != null && dateOfBirth != null && Period.between(dateOfBirth, today).getYears() < ADULT_AGE;
    }

    /** {@code what} names the act in the refusal, as in "Submissions" or "Messages". 403 {@code guardian-required} when it fails. */
    public void require(Caller caller, String what) {
        if (!minorOn(LocalDate.now())) {
            return;
        }
        if (!guardianId.toString().equals(caller.actorId())) {
            throw GuardianRequired.because(what + " for someone under " + ADULT_AGE + " are made by their guardian.");
        }
        if (!consented) {
            throw GuardianRequired.because("The guardian has not yet given consent for this account.");
        }
    }
}
