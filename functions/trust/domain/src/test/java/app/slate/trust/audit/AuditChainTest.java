package app.slate.trust.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditEntry unhashed = entry(seq, "minor.profile-viewed", previous, null);
            AuditEntry entry = unhashed.withHash(AuditChain.hash(unhashed));
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static AuditEntry entry(long seq, String action, String previous, String hash) {
        return new AuditEntry(seq, UUID.nameUUIDFromBytes(("e" + seq).getBytes()), Instant.parse("2026-12-01T10:00:00Z").plusSeconds(seq),
                action, "actor", null, "subject", "talent-profile", "sealed", null, "request-" + seq, previous, hash);
    }

    private static AuditChain.Walk walk(List<AuditEntry> entries) {
        AuditChain.Walk walk = new AuditChain.Walk(0, AuditChain.GENESIS);
        for (AuditEntry entry : entries) {
            if (!walk.next(entry)) {
                break;
            }
        }
        return walk;
    }

    @Test
    void anUntouchedChain_holds() {
        AuditChain.Walk walk = walk(chain(5));
        assertThat(walk.broken()).isNull();
        assertThat(walk.checked()).isEqualTo(5);
        assertThat(walk.lastSeq()).isEqualTo(5);
    }

    @Test
    void aChangedEntry_isTheFirstBrokenLink() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(third.seq(), third.eventId(), third.at(), "admin.plan-granted", third.actor(), null, third.subject(),
                third.targetKind(), third.sealedObject(), null, third.requestId(), third.previousHash(), third.hash()));
        AuditChain.Walk walk = walk(entries);
        assertThat(walk.broken().seq()).isEqualTo(3);
        assertThat(walk.broken().reason()).contains("content");
        assertThat(walk.checked()).isEqualTo(2);
    }

    @Test
    void aRehashedEntry_breaksTheNextLink() {
        List<AuditEntry> entries = chain(5);
        AuditEntry third = entries.get(2);
        AuditEntry forged = entry(3, "admin.plan-granted", third.previousHash(), null);
        entries.set(2, forged.withHash(AuditChain.hash(forged)));
        assertThat(walk(entries).broken().seq()).isEqualTo(4);
    }

    @Test
    void aRemovedEntry_isNamed() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);
        assertThat(walk(entries).broken()).isEqualTo(new AuditChain.Broken(2, "entry 2 is missing (the next one is 3)"));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        AuditEntry a = new AuditEntry(1, UUID.randomUUID(), Instant.EPOCH, "x", "ab", "c", null, null, null, null, null, "0", null);
        AuditEntry b = new AuditEntry(1, a.eventId(), Instant.EPOCH, "x", "a", "bc", null, null, null, null, null, "0", null);
        assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b));
    }

    @Test
    void sealedText_opensOnlyWithItsKey() {
        byte[] key = Seal.newKey();
        String sealed = Seal.close(key, "203.0.113.9");
        assertThat(sealed).doesNotContain("203.0.113.9");
        assertThat(Seal.open(key, sealed)).contains("203.0.113.9");
        assertThat(Seal.open(Seal.newKey(), sealed)).isEmpty();
        assertThat(Seal.open(null, sealed)).isEmpty();
    }
}
