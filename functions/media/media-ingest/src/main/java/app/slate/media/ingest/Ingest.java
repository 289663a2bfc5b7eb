package app.slate.media.ingest;

import app.slate.media.MediaFormat;
import app.slate.media.MediaStatus;
import app.slate.media.SignedGets;
import app.slate.media.ingest.av.AvFacts;
import app.slate.media.ingest.av.IsoMovie;
import app.slate.media.ingest.document.PdfFacts;
import app.slate.media.ingest.image.ImageFacts;
import app.slate.media.ingest.image.PerceptualHash;
import app.slate.media.ingest.sniff.FormatSniffer;
import app.slate.media.ingest.transcode.TranscodeRequest;
import app.slate.media.ingest.transcode.Transcoder;
import app.slate.media.reads.MediaKeys;
import app.slate.platform.metrics.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Verifies one upload and files it. The bytes decide: the real type (sniffed), the real size,
 * the SHA-256; then per kind, the picture size as seen and as stored, a location-free copy, a
 * perceptual hash and an upright thumbnail for images; duration, size and rotation and a
 * location-free copy for video, and a transcoding job; duration for audio; readability and length
 * for PDFs. A file that is not what was declared, is damaged, or exceeds a limit checked before
 * decoding is moved to quarantine and the asset rejected with the reason. Safe to repeat:
 * findings are written before the upload is deleted, and an asset that has left the awaiting
 * state only has its upload cleaned away.
 */
@ApplicationScoped
public class Ingest {

    private static final Logger LOG = Logger.getLogger(Ingest.class);
    /** The transcoder may queue the job for a while before it reads the source. */
    private static final Duration SOURCE_URL_TTL = Duration.ofHours(6);
    /** The failure_reason column's length. */
    private static final int MAX_REASON = 500;

    private final IngestedAssets assets;
    private final MediaStorage storage;
    private final SignedGets signedGets;
    private final Transcoder transcoder;

    public Ingest(IngestedAssets assets, MediaStorage storage, SignedGets signedGets, Transcoder transcoder) {
        this.assets = assets;
        this.storage = storage;
        this.signedGets = signedGets;
        this.transcoder = transcoder;
    }

    /** What one ingest did, for the log and the benchmark. */
    public record Outcome(UUID assetId, MediaStatus status, long bytesRead, String reason) {
    }

    public Optional<Outcome> ingest(UploadedObject upload) {
        UUID assetId = MediaKeys.assetOfUpload(upload.key());
        if (assetId == null || !upload.bucket().equals(storage.bucket())) {
            LOG.warnf("Ignoring s3://%s/%s: not an upload slot of the media bucket", upload.bucket(), upload.key());
            return Optional.empty();
        }
        Optional<IngestedAssets.Pending> found = assets.find(assetId);
        if (found.isEmpty()) {
            LOG.warnf("Upload %s has no asset (deleted?); removing it", upload.key());
            storage.delete(upload.key(), upload.versionId());
            return Optional.empty();
        }
        IngestedAssets.Pending asset = found.get();
        if (asset.status() != MediaStatus.AWAITING_UPLOAD) {
            // A repeated event, or one that crashed after recording: only the cleanup is left.
            storage.delete(upload.key(), upload.versionId());
            return Optional.of(new Outcome(assetId, asset.status(), 0, "already ingested"));
        }
        Path file = null;
        try {
            file = Files.createTempFile("upload-", ".bin");
            Outcome outcome = verify(asset, upload, file);
            storage.delete(upload.key(), upload.versionId());
            return Optional.of(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("ingesting " + upload.key() + " failed", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private Outcome verify(IngestedAssets.Pending asset, UploadedObject upload, Path file) throws IOException {
        MediaStorage.Download download = storage.download(upload.key(), file, FormatSniffer.HEAD);
        FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(download.head());
        MediaFormat declared = MediaFormat.ofContentType(asset.declaredType()).orElseThrow();
        if (sniffed.format() == null || sniffed.format().kind() != declared.kind()) {
            return quarantine(asset, upload, download, "The file is " + sniffed.description() + ", not the "
                    + declared.contentType() + " that was declared.");
        }
        if (download.bytes() != asset.declaredBytes()) {
            return quarantine(asset, upload, download, "The file has " + download.bytes() + " bytes, not the "
                    + asset.declaredBytes() + " that were declared.");
        }
        MediaFormat format = sniffed.format();
        String originalKey = MediaKeys.original(asset.id(), format.extension());
        return switch (format.kind()) {
            case IMAGE -> image(asset, upload, download, format, file, originalKey);
            case VIDEO -> video(asset, upload, download, format, file, originalKey);
            case AUDIO -> {
                AvFacts av = AvFacts.of(format, file);
                storage.copy(upload.key(), originalKey, format.contentType());
                yield record(asset, download, new IngestedAssets.Findings(MediaStatus.READY, originalKey, format.contentType(),
                        download.bytes(), download.sha256(), IngestedAssets.Picture.NONE, av.durationMs(), null, null, false, null, null));
            }
            case DOCUMENT -> {
                String refusal = PdfFacts.refusal(file);
                if (refusal != null) {
                    yield quarantine(asset, upload, download, refusal);
                }
                storage.copy(upload.key(), originalKey, format.contentType());
                yield record(asset, download, new IngestedAssets.Findings(MediaStatus.READY, originalKey, format.contentType(),
                        download.bytes(), download.sha256(), IngestedAssets.Picture.NONE, null, null, null, false, null, null));
            }
        };
    }

    private Outcome image(IngestedAssets.Pending asset, UploadedObject upload, MediaStorage.Download download, MediaFormat format,
                          Path file, String originalKey) throws IOException {
        ImageFacts facts = ImageFacts.of(format, file);
        if (facts.refusal() != null) {
            return quarantine(asset, upload, download, facts.refusal());
        }
        // Always the cleaned copy: even without a place in its EXIF, its XMP is gone.
        storage.put(originalKey, format.contentType(), facts.cleaned());
        String thumbnailKey = null;
        if (facts.thumbnail() != null) {
            thumbnailKey = MediaKeys.thumbnail(asset.id());
            storage.put(thumbnailKey, "image/jpeg", facts.thumbnail());
        }
        UUID duplicateOf = facts.perceptualHash() == null ? null
                : assets.sameImageElsewhere(asset.ownerId(), facts.perceptualHash(), PerceptualHash.SAME_PICTURE).orElse(null);
        IngestedAssets.Picture picture = new IngestedAssets.Picture(facts.width(), facts.height(), facts.pixelWidth(),
                facts.pixelHeight(), facts.orientation());
        return record(asset, download, new IngestedAssets.Findings(MediaStatus.READY, originalKey, format.contentType(), download.bytes(),
                download.sha256(), picture, null, facts.perceptualHash(), duplicateOf, facts.locationRemoved(), thumbnailKey, null));
    }

    private Outcome video(IngestedAssets.Pending asset, UploadedObject upload, MediaStorage.Download download, MediaFormat format,
                          Path file, String originalKey) throws IOException {
        AvFacts av = AvFacts.of(format, file);
        if (av.refusal() != null) {
            return quarantine(asset, upload, download, av.refusal());
        }
        // The kept original has no place in it: the movie's location items are emptied in place.
        boolean locationRemoved = IsoMovie.wipeLocation(file);
        if (locationRemoved) {
            storage.put(originalKey, format.contentType(), file);
        } else {
            storage.copy(upload.key(), originalKey, format.contentType());
        }
        // The job goes out before the findings are written: if writing fails, the retried event
        // asks again under the same reference, which the provider treats as the same job.
        if (transcoder.configured()) {
            transcoder.start(new TranscodeRequest(asset.id().toString(), signedGets.of(originalKey, SOURCE_URL_TTL),
                    storage.bucket(), MediaKeys.hlsFolder(asset.id()), TranscodeRequest.LADDER, transcoder.callbackUrl()));
        } else {
            LOG.warnf("No transcoder is configured (slate.transcoder.url): video %s stays processing", asset.id());
        }
        IngestedAssets.Picture picture = IngestedAssets.Picture.ofVideo(av.width(), av.height(), av.pixelWidth(), av.pixelHeight(),
                av.rotation());
        return record(asset, download, new IngestedAssets.Findings(MediaStatus.PROCESSING, originalKey, format.contentType(),
                download.bytes(), download.sha256(), picture, av.durationMs(), null, null, locationRemoved, null, null));
    }

    private Outcome quarantine(IngestedAssets.Pending asset, UploadedObject upload, MediaStorage.Download download, String reason) {
        storage.copy(upload.key(), MediaKeys.quarantine(asset.id()), "application/octet-stream");
        LOG.warnf("Asset %s of %s quarantined: %s", asset.id(), asset.ownerId(), reason);
        String stored = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
        return record(asset, download, new IngestedAssets.Findings(MediaStatus.REJECTED, null, null, download.bytes(), download.sha256(),
                IngestedAssets.Picture.NONE, null, null, null, false, null, stored));
    }

    private Outcome record(IngestedAssets.Pending asset, MediaStorage.Download download, IngestedAssets.Findings findings) {
        assets.record(asset.id(), findings);
        if (findings.status() == MediaStatus.READY) {
            Metrics.count("Uploads");
        }
        return new Outcome(asset.id(), findings.status(), download.bytes(), findings.failureReason());
    }
}
