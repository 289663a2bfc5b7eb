package app.slate.talent.cv;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A CV as read, for its owner to review: each proposal with the profile field it would fill, the
 * value, the CV line it came from and whether it was accepted; the credit lines not read; when the
 * import is forgotten. {@code extractedBy} is {@code rules}.
 */
public record CvImportView(UUID id, String format, String extractedBy, List<Proposal> proposals, List<CvReader.Unread> unread,
                           Instant createdAt, Instant expiresAt) {

    public record Proposal(String id, String field, JsonNode value, int line, String source, boolean accepted) {
    }

    static CvImportView of(CvImport read) {
        return new CvImportView(read.id, read.format, read.extractedBy,
                read.proposals.items().stream().map(p -> new Proposal(p.id(), p.field(), p.value(), p.line(), p.source(), p.accepted())).toList(),
                read.unread.lines(), read.createdAt, read.expiresAt);
    }
}
