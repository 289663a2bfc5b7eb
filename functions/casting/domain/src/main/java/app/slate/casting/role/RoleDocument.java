package app.slate.casting.role;

import app.slate.casting.project.Project;
import app.slate.platform.text.Keywords;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open, publicly listed role as the role board indexes it (mapping: infra/opensearch/roles.json),
 * with the account that owns its project (never shown: it is how the owner's priority placement and
 * featured badge find the role).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoleDocument(
        String id, long version, String ownerId, String projectId, String projectTitle, String projectType, String productionCompany,
        String name, String description, int ageMin, int ageMax, List<String> genders, List<String> languages,
        int requiredLanguageCount, List<String> skills, String city, String region, String country,
        boolean paid, BigDecimal payAmount, String payCurrency, String payPeriod, String unionRequirement,
        LocalDate shootingFrom, LocalDate shootingTo, Instant deadline, List<String> requestedMedia, String nudity,
        Instant updatedAt) {

    static RoleDocument of(CastingRole role, Project project) {
        RoleDetails d = role.details;
        return new RoleDocument(role.id.toString(), role.version, project.ownerId, project.id.toString(), project.publicTitle(), project.type,
                project.confidential ? null : project.productionCompany, d.name(), d.description(),
                d.playableAge().min(), d.playableAge().max(), d.genders(), d.languages(), d.languages().size(),
                d.skills().stream().map(Keywords::term).distinct().toList(),
                d.location().city(), d.location().region(), d.location().country(),
                d.pay().paid(), d.pay().amount(), d.pay().currency(), d.pay().period() == null ? null : d.pay().period().name(),
                d.union().name(), d.shooting() == null ? null : d.shooting().from(), d.shooting() == null ? null : d.shooting().to(),
                role.deadline, d.requestedMedia().stream().map(m -> m.kind().name()).distinct().toList(),
                d.rider().nudity().name(), role.updatedAt);
    }
}
