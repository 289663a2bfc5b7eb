package app.slate.notifications.delivery;

/** Where one message stands: queued before the provider is asked, then what the provider said. */
public enum DeliveryStatus {
    QUEUED, SENT, DELIVERED, BOUNCED, COMPLAINED, FAILED;

    /** A message in this state has left Slate: sending it again would double it. */
    public boolean hasLeft() {
        return this != QUEUED && this != FAILED;
    }
}
