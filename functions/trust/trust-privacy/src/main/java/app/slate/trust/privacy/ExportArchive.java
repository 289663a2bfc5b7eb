package app.slate.trust.privacy;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.ExportFile;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Prepares an export: one ZIP with {@code <area>.json} for every context that holds something of
 * the person's, their original media files, and {@code README.txt}; written to a temporary file
 * (Lambda's ephemeral storage, sized in the template) and put in the bucket under {@code exports/}.
 */
@ApplicationScoped
public class ExportArchive {

    private static final Logger LOG = Logger.getLogger(ExportArchive.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String README = """
            Everything Slate holds about you, as of %s.

            Each <area>.json file is one part of Slate (identity: your account; talent: your profile and
            portfolio; media: your uploads, whose originals are in media/; casting: your submissions,
            self-tapes and auditions; notifications: your contact details, preferences, devices, inbox
            and what was sent to you; payments: your subscriptions and receipts; trust: your consents,
            the reports you made and the audit log's record of actions about you).
            """;

    private final DataExports exports;
    private final List<PersonalData> areas;
    private final People people;
    private final S3Client s3;
    private final PrivacyConfig config;

    public ExportArchive(DataExports exports, Instance<PersonalData> areas, People people, S3Client s3, PrivacyConfig config) {
        this.exports = exports;
        this.areas = areas.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
        this.people = people;
        this.s3 = s3;
        this.config = config;
    }

    public void prepare(UUID exportId) {
        DataExports.Pending pending = exports.pending(exportId).await().atMost(Await.LIMIT).orElse(null);
        if (pending == null) {
            return; // ready, expired or unknown: a repeated delivery changes nothing
        }
        long began = System.nanoTime();
        String bucket = config.bucket().orElseThrow(() -> new IllegalStateException("slate.privacy.bucket is not configured"));
        Person person = people.of(pending.accountId());
        Path zip = null;
        try {
            zip = Files.createTempFile("export-", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                write(out, "README.txt", README.formatted(Instant.now()).getBytes(StandardCharsets.UTF_8));
                for (PersonalData area : areas) {
                    JsonNode data = area.export(person);
                    if (data != null) {
                        ObjectNode part = JSON.createObjectNode();
                        part.set(area.area(), data);
                        write(out, area.area() + ".json", JSON.writeValueAsBytes(part));
                    }
                }
                for (PersonalData area : areas) {
                    for (ExportFile file : area.files(person)) {
                        out.putNextEntry(new ZipEntry(file.path()));
                        try (InputStream in = file.source().open()) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
            String key = "exports/" + exportId + ".zip";
            long size = Files.size(zip);
            s3.putObject(put -> put.bucket(bucket).key(key).contentType("application/zip"),
                    RequestBody.fromFile(zip));
            exports.ready(exportId, key, size).await().atMost(Await.LIMIT);
            LOG.infof("export %s ready in %d ms, %d bytes", exportId, (System.nanoTime() - began) / 1_000_000, size);
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        } finally {
            if (zip != null) {
                zip.toFile().delete();
            }
        }
    }

    private static void write(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
