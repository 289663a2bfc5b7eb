package app.slate.trust.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain that makes the audit log tamper-evident: each entry's hash covers its own fields
 * and the hash before it, so changing, removing or reordering one breaks every link after it. The
 * fields are length-prefixed before hashing, so no two different entries read as the same text.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {entry.seq(), entry.eventId(), entry.at().toEpochMilli(), entry.action(), entry.actor(),
                entry.actingGuardian(), entry.subject(), entry.targetKind(), entry.sealedObject(), entry.sealedSource(),
                entry.requestId(), entry.previousHash()}) {
            String value = field == null ? "" : field.toString();
            text.append(field == null ? -1 : value.length()).append(':').append(value).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Walks the chain from an anchor, one entry at a time (so a long log is read in pages), and
     * stops at the first link that does not hold.
     */
    public static final class Walk {

        private long seq;
        private String hash;
        private long checked;
        private Broken broken;

        public Walk(long anchorSeq, String anchorHash) {
            this.seq = anchorSeq;
            this.hash = anchorHash;
        }

        /** False once a link is broken: nothing after it can be trusted, so the walk stops there. */
        public boolean next(AuditEntry entry) {
            if (broken != null) {
                return false;
            }
            if (entry.seq() != seq + 1) {
                broken = new Broken(seq + 1, "entry " + (seq + 1) + " is missing (the next one is " + entry.seq() + ")");
            } else if (!entry.previousHash().equals(hash)) {
                broken = new Broken(entry.seq(), "its previous hash is not the hash of entry " + seq);
            } else if (!hash(entry).equals(entry.hash())) {
                broken = new Broken(entry.seq(), "its content does not match its hash");
            } else {
                seq = entry.seq();
                hash = entry.hash();
                checked++;
                return true;
            }
            return false;
        }

        public long checked() {
            return checked;
        }

        public long lastSeq() {
            return seq;
        }

        public Broken broken() {
            return broken;
        }
    }

    /** The first entry whose link does not hold, and why. */
    public record Broken(long seq, String reason) {
    }
}
