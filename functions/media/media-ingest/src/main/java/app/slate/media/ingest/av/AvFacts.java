package app.slate.media.ingest.av;

import app.slate.media.MediaFormat;
import app.slate.media.MediaKind;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.mp3.Mp3Directory;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Duration and picture size of video and audio, read from the container's headers (MP4 and
 * QuickTime boxes, WAV chunks, the first MP3 frame), not by decoding: a two-gigabyte reel costs
 * a few kilobytes of parsing. A video's size is as seen, after the rotation its track records, and
 * as stored; the limits a video must keep are checked here too. MP3 duration assumes a constant
 * bit rate.
 */
public record AvFacts(Long durationMs, Integer width, Integer height, Integer pixelWidth, Integer pixelHeight, int rotation,
                      String refusal) {

    /** Larger than 8K on a side, longer than three hours, or more than 16 tracks is not a casting video. */
    static final int MAX_SIDE = 8192;
    static final long MAX_DURATION_MS = 3 * 3600_000L;
    static final int MAX_TRACKS = 16;

    public static AvFacts of(MediaFormat format, Path file) throws IOException {
        return switch (format) {
            case WAV -> wav(file);
            case MP3 -> mp3(file);
            default -> isoMedia(format, file);
        };
    }

    private static Metadata metadata(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImageMetadataReader.readMetadata(in, Files.size(file));
        } catch (ImageProcessingException e) {
            return new Metadata();
        }
    }

    private static AvFacts isoMedia(MediaFormat format, Path file) throws IOException {
        IsoMovie.Facts movie;
        try {
            movie = IsoMovie.read(file);
        } catch (IOException | RuntimeException damaged) {
            return refused("The file's movie index could not be read: " + damaged.getMessage() + ".");
        }
        AvFacts facts = new AvFacts(movie.durationMs(), movie.width(), movie.height(), movie.pixelWidth(), movie.pixelHeight(),
                movie.rotation(), null);
        if (format.kind() != MediaKind.VIDEO) {
            return facts;
        }
        if (movie.videoTracks() == 0 || movie.width() == null) {
            return refused("The file has no video track.");
        }
        if (Math.max(movie.width(), movie.height()) > MAX_SIDE) {
            return refused("The video is %d×%d; Slate accepts at most %d pixels on a side.".formatted(movie.width(), movie.height(), MAX_SIDE));
        }
        if (movie.durationMs() != null && movie.durationMs() > MAX_DURATION_MS) {
            return refused("The video runs %d minutes; Slate accepts at most %d.".formatted(movie.durationMs() / 60_000, MAX_DURATION_MS / 60_000));
        }
        if (movie.tracks() > MAX_TRACKS) {
            return refused("The file has %d tracks; Slate accepts at most %d.".formatted(movie.tracks(), MAX_TRACKS));
        }
        return facts;
    }

    private static AvFacts refused(String reason) {
        return new AvFacts(null, null, null, null, null, 0, reason);
    }

    private static AvFacts sound(Long durationMs) {
        return new AvFacts(durationMs, null, null, null, null, 0, null);
    }

    private static AvFacts mp3(Path file) throws IOException {
        Mp3Directory frame = metadata(file).getFirstDirectoryOfType(Mp3Directory.class);
        Long kbps = frame == null ? null : frame.getLongObject(Mp3Directory.TAG_BITRATE);
        return sound(kbps == null || kbps == 0 ? null : Files.size(file) * 8 / kbps);
    }

    /** RIFF/WAVE: the fmt chunk's byte rate and the data chunk's size give the duration. */
    private static AvFacts wav(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long byteRate = 0;
            long at = 12;
            while (at + 8 <= in.length()) {
                in.seek(at);
                byte[] id = new byte[4];
                in.readFully(id);
                long size = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
                String chunk = new String(id, StandardCharsets.ISO_8859_1);
                if (chunk.equals("fmt ")) {
                    in.seek(at + 8 + 8);
                    byteRate = Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
                } else if (chunk.equals("data") && byteRate > 0) {
                    return sound(size * 1000 / byteRate);
                }
                at += 8 + size + (size & 1);
            }
            return sound(null);
        }
    }
}
