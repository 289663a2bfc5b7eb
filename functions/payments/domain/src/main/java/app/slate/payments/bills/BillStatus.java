package app.slate.payments.bills;

/** A bill's states in the order they can follow one another (a failed attempt may still be paid later). */
public enum BillStatus {
    OPEN(0), FAILED(1), PAID(2), VOID(3);

    private final int rank;

    BillStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
