package app.slate.ingestion.api;

import app.slate.ingestion.CastingCallDraft;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A drafted casting call as the validation queue shows it, with how often it was seen again and what read it ("rules" or a model id). */
public record DraftView(UUID id, String status, String title, String company, String projectType, String city, String country,
                        LocalDate startsOn, LocalDate endsOn, Instant deadline, Integer ageMin, Integer ageMax, List<String> genders,
                        BigDecimal payAmount, String payCurrency, String payPeriod, String payText, String requirements,
                        String contact, String description, double quality, String extractedBy, int duplicates, String reviewNote,
                        UUID roleId, Instant createdAt, long version) {

    static DraftView of(CastingCallDraft d) {
        return new DraftView(d.id, d.status, d.title, d.company, d.projectType, d.city, d.country, d.startsOn, d.endsOn, d.deadline,
                d.ageMin, d.ageMax, d.genders == null ? List.of() : d.genders.items(), d.payAmount, d.payCurrency, d.payPeriod,
                d.payText, d.requirements, d.contact, d.description, d.quality.doubleValue(), d.extractedBy, d.duplicates, d.reviewNote, d.roleId,
                d.createdAt, d.version);
    }
}
