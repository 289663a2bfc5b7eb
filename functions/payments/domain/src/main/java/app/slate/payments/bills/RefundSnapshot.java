package app.slate.payments.bills;

import app.slate.payments.checkout.Provider;

/** A provider's refund as one event showed it, at its provider time {@code stateAt} (Unix seconds). */
public record RefundSnapshot(Provider provider, String refundId, String intentId, long amountMinor, String currency, RefundStatus status,
                             String reason, long stateAt) {

    public enum RefundStatus {
        PENDING(0), SUCCEEDED(1), FAILED(1), CANCELED(1);

        private final int rank;

        RefundStatus(int rank) {
            this.rank = rank;
        }

        public int rank() {
            return rank;
        }
    }
}
