package app.slate.platform.events;

/**
 * What the audit log records: the sensitive actions, named once. The name on the wire and in the
 * log is {@link #code()}, so a renamed constant never orphans old entries.
 */
public enum AuditAction {
    MINOR_PROFILE_VIEWED("minor.profile-viewed"),
    MINOR_MEDIA_VIEWED("minor.media-viewed"),
    DATA_EXPORTED("privacy.data-exported"),
    ERASURE_REQUESTED("privacy.erasure-requested"),
    ERASURE_CANCELLED("privacy.erasure-cancelled"),
    ERASURE_COMPLETED("privacy.erasure-completed"),
    CONSENT_CHANGED("privacy.consent-changed"),
    COLLABORATOR_ACCESS_CHANGED("access.collaborator-changed"),
    ACCOUNT_ROLES_CHANGED("access.roles-changed"),
    LOGIN_FROM_NEW_DEVICE("access.new-device-login"),
    PLAN_CHANGED("admin.plan-changed"),
    PLAN_GRANTED("admin.plan-granted"),
    REFUND_REQUESTED("admin.refund-requested"),
    CASTING_CALL_DECIDED("admin.casting-call-decided"),
    MODERATION_DECIDED("moderation.decided"),
    MESSAGE_READ_BY_MODERATOR("moderation.message-read"),
    MESSAGE_REMOVED("moderation.message-removed"),
    SHORTLIST_MESSAGED("messaging.shortlist-messaged"),
    AUDIT_LOG_PRUNED("audit.pruned");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<AuditAction> ofCode(String code) {
        for (AuditAction action : values()) {
            if (action.code.equals(code)) {
                return java.util.Optional.of(action);
            }
        }
        return java.util.Optional.empty();
    }
}
