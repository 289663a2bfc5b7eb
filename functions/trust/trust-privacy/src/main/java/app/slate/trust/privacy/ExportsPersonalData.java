package app.slate.trust.privacy;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/** The person's own exports, rows and ZIPs: an export is a full copy of what the erasure removes. */
@ApplicationScoped
public class ExportsPersonalData implements PersonalData {

    private final DataExports exports;
    private final S3Client s3;
    private final PrivacyConfig config;

    public ExportsPersonalData(DataExports exports, S3Client s3, PrivacyConfig config) {
        this.exports = exports;
        this.s3 = s3;
        this.config = config;
    }

    @Override
    public String area() {
        return "exports";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        List<String> keys = exports.forget(person.accountId()).await().atMost(Await.LIMIT);
        String bucket = config.bucket().orElseThrow(() -> new IllegalStateException("slate.privacy.bucket is not configured"));
        List<String> objects = keys.stream().filter(Objects::nonNull).toList();
        objects.forEach(key -> s3.deleteObject(delete -> delete.bucket(bucket).key(key)));
        return List.of(ErasureLine.deleted("postgresql:data_exports", "their data exports", keys.size()),
                ErasureLine.deleted("s3:exports", "export archives", objects.size()));
    }

    @Override
    public JsonNode export(Person person) {
        return null;
    }
}
