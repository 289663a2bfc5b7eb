package app.slate.standins;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What S3 does and S3Proxy does not: after an object is created, send the bucket's configured
 * queue the same {@code ObjectCreated} event JSON S3 sends, so the local cloud's consumers run
 * the path they run in AWS. Rules come from the template's {@code NotificationConfiguration}
 * (queue, key prefix and suffix), registered once the queues exist.
 */
final class NotifyingBlobStore extends ForwardingBlobStore {

    private static final Logger LOG = Logger.getLogger(NotifyingBlobStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    record Rule(String bucket, String prefix, String suffix, String queueUrl) {
        boolean matches(String bucketName, String key) {
            return bucket.equals(bucketName) && key.startsWith(prefix) && key.endsWith(suffix);
        }
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() * 1000);
    private volatile SqsClient sqs;

    NotifyingBlobStore(BlobStore delegate) {
        super(delegate);
    }

    void notifyOn(SqsClient client, Rule rule) {
        this.sqs = client;
        rules.add(rule);
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        created("ObjectCreated:Put", request.bucket(), request.key(), response.eTag(), response.versionId());
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        created("ObjectCreated:Copy", request.destinationBucket(), request.destinationKey(),
                response.copyObjectResult() == null ? null : response.copyObjectResult().eTag(), response.versionId());
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload, CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        created("ObjectCreated:CompleteMultipartUpload", request.bucket(), request.key(), response.eTag(), response.versionId());
        return response;
    }

    private void created(String eventName, String bucket, String key, String eTag, String versionId) {
        for (Rule rule : rules) {
            if (!rule.matches(bucket, key)) {
                continue;
            }
            long size = delegate().blobMetadata(HeadObjectRequest.builder().bucket(bucket).key(key).build()).contentLength();
            try {
                String body = JSON.writeValueAsString(event(eventName, bucket, key, size, eTag, versionId));
                sqs.sendMessage(m -> m.queueUrl(rule.queueUrl()).messageBody(body));
            } catch (Exception e) {
                // S3 delivers notifications at least once and asynchronously: a lost one is an
                // operator's problem there too, so the write itself still succeeds.
                LOG.warnf(e, "Could not send the %s event of s3://%s/%s", eventName, bucket, key);
            }
        }
    }

    /** The S3 event message format, version 2.1, with one record. */
    private ObjectNode event(String eventName, String bucket, String key, long size, String eTag, String versionId) {
        ObjectNode message = JSON.createObjectNode();
        ArrayNode records = message.putArray("Records");
        ObjectNode record = records.addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", StandIns.REGION);
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "AWS:" + StandIns.ACCESS_KEY);
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements").put("x-amz-request-id", Long.toHexString(sequencer.get()));
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "local-notification");
        ObjectNode bucketNode = s3.putObject("bucket");
        bucketNode.put("name", bucket);
        bucketNode.putObject("ownerIdentity").put("principalId", StandIns.ACCOUNT_ID);
        bucketNode.put("arn", "arn:aws:s3:::" + bucket);
        ObjectNode object = s3.putObject("object");
        // S3 URL-encodes keys in events (a space becomes '+'), and consumers must decode them.
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("size", size);
        if (eTag != null) {
            object.put("eTag", eTag.replace("\"", ""));
        }
        if (versionId != null) {
            object.put("versionId", versionId);
        }
        object.put("sequencer", Long.toHexString(sequencer.incrementAndGet()).toUpperCase());
        return message;
    }
}
