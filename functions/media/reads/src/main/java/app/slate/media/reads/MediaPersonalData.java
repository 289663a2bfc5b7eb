package app.slate.media.reads;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportFile;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A person's media: every object of every asset (upload, original, quarantine, thumbnail, HLS
 * renditions and segments, found by listing, not by trusting the row) and the rows. The objects go
 * first, so a crash between leaves rows that the next run finds again. The export carries the
 * originals the person uploaded.
 */
@ApplicationScoped
public class MediaPersonalData implements PersonalData {

    private static final String ORIGINALS = """
            SELECT id, original_key, file_name FROM media_assets WHERE owner_id = $1 AND original_key IS NOT NULL ORDER BY created_at""";

    private final Pool database;
    private final MediaObjects objects;
    private final S3Client s3;
    private final String bucket;

    public MediaPersonalData(Pool database, MediaObjects objects, S3Client s3, @ConfigProperty(name = "slate.media.bucket") String bucket) {
        this.database = database;
        this.objects = objects;
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The person's assets, which other contexts' rows may cite (found before anything is erased). */
    public List<UUID> assetsOf(String ownerId) {
        List<UUID> ids = new ArrayList<>();
        database.preparedQuery("SELECT id FROM media_assets WHERE owner_id = $1").execute(Tuple.of(ownerId)).await().atMost(Await.LIMIT)
                .forEach(row -> ids.add(row.getUUID("id")));
        return ids;
    }

    @Override
    public String area() {
        return "media";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        long removed = 0;
        for (UUID asset : person.mediaIds()) {
            removed += objects.delete(asset);
        }
        List<ErasureLine> lines = new ArrayList<>();
        lines.add(ErasureLine.deleted("s3:media", "objects of their media (originals, derived, renditions, segments, quarantine)", removed));
        lines.addAll(new ErasureSteps()
                .anonymise("media_assets", "others' assets marked as duplicates of theirs",
                        "UPDATE media_assets SET duplicate_of = NULL WHERE duplicate_of = ANY($1) AND owner_id <> $2", person.media(),
                        person.subject())
                .delete("media_assets", "media assets", "DELETE FROM media_assets WHERE owner_id = $1", person.subject())
                .run(database));
        return lines;
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("assets", """
                        SELECT id, kind, status, file_name, detected_type, size_bytes, width, height, duration_ms, orientation,
                               location_removed, failure_reason, created_at, updated_at
                          FROM media_assets WHERE owner_id = $1 ORDER BY created_at""", person.subject())
                .run(database);
    }

    @Override
    public List<ExportFile> files(Person person) {
        List<ExportFile> files = new ArrayList<>();
        for (Row row : database.preparedQuery(ORIGINALS).execute(Tuple.of(person.subject())).await().atMost(Await.LIMIT)) {
            String key = row.getString("original_key");
            String name = row.getString("file_name") == null ? "original" : row.getString("file_name").replaceAll("[^\\p{L}\\p{N}._-]", "_");
            files.add(new ExportFile("media/" + row.getUUID("id") + "/" + name, () -> s3.getObject(get -> get.bucket(bucket).key(key))));
        }
        return files;
    }
}
