package app.slate.media.ingest.transcode;

import java.util.List;

/**
 * Slate's provider-neutral transcoding job: read {@code sourceUrl} (a signed GET), write HLS (a
 * master playlist {@code master.m3u8}, one media playlist and its segments per rendition, and
 * {@code thumbnail.jpg}) under {@code outputPrefix} of {@code outputBucket}, then POST the
 * outcome to {@code callbackUrl}, signed. {@code jobReference} comes back in the callback; it
 * also serves as the idempotency key, so a repeated request starts no second job.
 */
public record TranscodeRequest(String jobReference, String sourceUrl, String outputBucket, String outputPrefix,
                               List<Rendition> renditions, String callbackUrl) {

    public record Rendition(String name, int height, long videoBitrate) {
    }

    /** The ladder for auditions and reels: sharp enough to judge a performance, light enough for phones. */
    public static final List<Rendition> LADDER = List.of(
            new Rendition("1080p", 1080, 5_000_000),
            new Rendition("720p", 720, 2_800_000),
            new Rendition("360p", 360, 800_000));
}
