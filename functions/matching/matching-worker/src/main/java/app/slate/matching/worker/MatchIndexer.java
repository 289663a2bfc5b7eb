package app.slate.matching.worker;

import app.slate.matching.index.MatchDocuments;
import app.slate.matching.index.MatchIndices;
import app.slate.matching.role.RoleText;
import app.slate.matching.source.MatchSources;
import app.slate.matching.talent.ProfileText;
import app.slate.platform.ai.embedding.Embedder;
import app.slate.platform.blocking.Await;
import app.slate.platform.search.VersionedWrite;
import app.slate.trust.reads.ConsentReads;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;

/**
 * Writes one profile or role into its match index as its table holds it now: embedded and
 * indexed when it should be found (a published profile, a listed role), removed otherwise.
 * The row's version is the document's external version, so a late or repeated message never
 * overwrites something newer, and one already indexed at that version is not embedded again.
 */
@ApplicationScoped
public class MatchIndexer {

    private final MatchSources sources;
    private final MatchIndices indices;
    private final Embedder embedder;
    private final OpenSearchClient openSearch;
    private final ObjectMapper json;
    private final ConsentReads consents;

    public MatchIndexer(MatchSources sources, MatchIndices indices, Embedder embedder, OpenSearchClient openSearch, ObjectMapper json,
                        ConsentReads consents) {
        this.sources = sources;
        this.indices = indices;
        this.embedder = embedder;
        this.openSearch = openSearch;
        this.json = json;
        this.consents = consents;
    }

    /**
     * {@code eventVersion} orders the removal of a profile whose row is gone. A profile whose owner
     * withdrew consent to AI matching is removed too, and comes back when they give it again: talent
     * documents are written with external_gte versions, so the same profile version can leave and return.
     */
    public void talent(UUID profileId, long eventVersion) {
        indices.ensure();
        String index = indices.talents();
        String id = profileId.toString();
        MatchSources.Profile profile = sources.profile(profileId).await().atMost(Await.LIMIT);
        if (profile == null || !profile.published() || !consents.given(profile.features().ownerId(), ConsentReads.AI_MATCHING)
                .await().atMost(Await.LIMIT)) {
            remove(index, id, profile == null ? eventVersion : profile.features().version(), VersionType.ExternalGte);
            return;
        }
        long version = profile.features().version();
        if (indexedVersion(index, id) >= version) {
            return;
        }
        var features = profile.features();
        float[] embedding = embedder.embed(ProfileText.of(features));
        float[] dreams = features.dreamRoles().isEmpty() ? null : embedder.embed(ProfileText.dreamRoles(features));
        var document = MatchDocuments.talent(json, features, profile.headshotItemId(), embedding, dreams);
        VersionedWrite.run("indexing talent match", id, version, () -> openSearch.index(i -> i.index(index).id(id)
                .document(document).versionType(VersionType.ExternalGte).version(version)));
    }

    /** Consent to AI matching changed: the account's profile is re-decided (removed, or indexed again). */
    public void consentChanged(String accountId) {
        MatchSources.Profile profile = sources.profileOfOwner(accountId).await().atMost(Await.LIMIT);
        if (profile != null) {
            talent(UUID.fromString(profile.features().profileId()), profile.features().version());
        }
    }

    public void role(UUID roleId, long eventVersion) {
        indices.ensure();
        String index = indices.roles();
        String id = roleId.toString();
        MatchSources.Role role = sources.role(roleId).await().atMost(Await.LIMIT);
        if (role == null || !role.features().listed()) {
            remove(index, id, role == null ? eventVersion : role.features().version(), VersionType.External);
            return;
        }
        long version = role.features().version();
        if (indexedVersion(index, id) >= version) {
            return;
        }
        var document = MatchDocuments.role(json, role.features(), embedder.embed(RoleText.of(role.features())));
        VersionedWrite.run("indexing role match", id, version, () -> openSearch.index(i -> i.index(index).id(id)
                .document(document).versionType(VersionType.External).version(version)));
    }

    private void remove(String index, String id, long version, VersionType type) {
        VersionedWrite.run("removing match", id, version, () -> openSearch.delete(d -> d.index(index).id(id)
                .versionType(type).version(version)));
    }

    private long indexedVersion(String index, String id) {
        try {
            var found = openSearch.get(g -> g.index(index).id(id).source(s -> s.fetch(false)), Void.class);
            return found.found() && found.version() != null ? found.version() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the version of " + id + " failed", e);
        }
    }
}
