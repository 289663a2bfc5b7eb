package app.slate.payments.plans;

import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;

/** Who a plan is for: talent, casting accounts, or anyone (the free plan). */
public enum Audience {
    ANYONE, TALENT, CASTING;

    /** The plans a caller may choose from: theirs and anyone's. A talent who also casts sees talent plans. */
    public static Audience of(Caller caller) {
        return caller.is(Roles.TALENT) ? TALENT : caller.is(Roles.CASTING) ? CASTING : ANYONE;
    }

    public boolean offeredTo(Audience audience) {
        return this == ANYONE || this == audience;
    }
}
