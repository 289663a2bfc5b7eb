package app.slate.notifications.delivery;

/** Where a message goes beyond the in-app inbox. */
public enum Channel {
    EMAIL, SMS, PUSH
}
