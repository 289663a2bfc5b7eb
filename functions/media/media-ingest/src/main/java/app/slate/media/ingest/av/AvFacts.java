package app.slate.media.ingest.av;

import app.slate.media.MediaFormat;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.media.QuickTimeVideoDirectory;
import com.drew.metadata.mp3.Mp3Directory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.mp4.media.Mp4VideoDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Duration and picture size of video and audio, read from the container's headers (MP4 and
 * QuickTime boxes, WAV chunks, the first MP3 frame), not by decoding: a two-gigabyte reel costs
 * a few kilobytes of parsing. MP3 duration assumes a constant bit rate.
 */
public record AvFacts(Long durationMs, Integer width, Integer height) {

    public static AvFacts of(MediaFormat format, Path file) throws IOException {
        return switch (format) {
            case WAV -> wav(file);
            case MP3 -> mp3(file);
            default -> isoMedia(file);
        };
    }

    private static Metadata metadata(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ImageMetadataReader.readMetadata(in, Files.size(file));
        } catch (ImageProcessingException e) {
            return new Metadata();
        }
    }

    private static AvFacts isoMedia(Path file) throws IOException {
        Metadata metadata = metadata(file);
        Long duration = null;
        Integer width = null;
        Integer height = null;
        for (Directory directory : metadata.getDirectories()) {
            // The movie header's duration is in its own time scale (units per second).
            if ((directory instanceof Mp4Directory || directory instanceof QuickTimeDirectory) && duration == null) {
                Long units = directory.getLongObject(Mp4Directory.TAG_DURATION);
                Long scale = directory.getLongObject(Mp4Directory.TAG_TIME_SCALE);
                duration = units == null || scale == null || scale == 0 ? null : units * 1000 / scale;
            }
            if ((directory instanceof Mp4VideoDirectory || directory instanceof QuickTimeVideoDirectory) && width == null) {
                width = directory.getInteger(Mp4VideoDirectory.TAG_WIDTH);
                height = directory.getInteger(Mp4VideoDirectory.TAG_HEIGHT);
            }
        }
        return new AvFacts(duration, width, height);
    }

    private static AvFacts mp3(Path file) throws IOException {
        Mp3Directory frame = metadata(file).getFirstDirectoryOfType(Mp3Directory.class);
        Long kbps = frame == null ? null : frame.getLongObject(Mp3Directory.TAG_BITRATE);
        return new AvFacts(kbps == null || kbps == 0 ? null : Files.size(file) * 8 / kbps, null, null);
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
                    return new AvFacts(size * 1000 / byteRate, null, null);
                }
                at += 8 + size + (size & 1);
            }
            return new AvFacts(null, null, null);
        }
    }
}
