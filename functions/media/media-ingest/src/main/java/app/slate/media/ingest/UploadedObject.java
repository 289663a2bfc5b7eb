package app.slate.media.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One object named by an S3 event notification: its bucket, key (decoded), size and version. */
public record UploadedObject(String bucket, String key, long size, String versionId) {

    /**
     * The created objects in one SQS message body. S3's test event (sent when notifications are
     * configured) and events of other kinds name none.
     */
    public static List<UploadedObject> in(JsonNode message) {
        List<UploadedObject> objects = new ArrayList<>();
        for (JsonNode record : message.path("Records")) {
            if (!record.path("eventName").asText().startsWith("ObjectCreated:")) {
                continue;
            }
            JsonNode s3 = record.path("s3");
            String versionId = s3.path("object").path("versionId").asText(null);
            objects.add(new UploadedObject(s3.path("bucket").path("name").asText(),
                    URLDecoder.decode(s3.path("object").path("key").asText(), StandardCharsets.UTF_8),
                    s3.path("object").path("size").asLong(), versionId));
        }
        return objects;
    }
}
