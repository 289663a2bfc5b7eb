package app.slate.trust.consent;

/** What people consent to, each versioned in consent_purposes. */
public enum Purpose {
    TERMS, PRIVACY_POLICY, MARKETING_MESSAGES, AI_MATCHING, PUBLIC_PROFILE, GUARDIAN_CONSENT;

    /** Slate cannot serve anyone without these: they end with the account (deleting it), not by withdrawal. */
    public boolean withdrawable() {
        return this != TERMS && this != PRIVACY_POLICY;
    }
}
