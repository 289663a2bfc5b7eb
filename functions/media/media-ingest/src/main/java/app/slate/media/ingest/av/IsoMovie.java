package app.slate.media.ingest.av;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * An MP4 or QuickTime movie as Slate reads and changes it: from the {@code moov} box alone (a few
 * kilobytes, however long the movie), its duration, its tracks, and the picture size before and
 * after the rotation a phone records in the video track's matrix instead of turning the pixels;
 * and, in place, without moving a byte, the removal of where it was filmed: QuickTime's
 * {@code ©xyz} and Apple's {@code com.apple.quicktime.location.*} items become {@code free} boxes
 * with zeroed contents, which every player skips.
 */
public final class IsoMovie {

    /** A movie index larger than this is not a movie Slate accepts (a two-hour film's is a few megabytes). */
    static final int MAX_MOOV_BYTES = 64 << 20;
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "udta", "edts", "dinf");
    private static final String LOCATION_KEY = "com.apple.quicktime.location";

    /** Sizes are of the video track; {@code rotation} is clockwise degrees: 0, 90, 180 or 270. */
    public record Facts(Long durationMs, Integer width, Integer height, Integer pixelWidth, Integer pixelHeight,
                        int rotation, int tracks, int videoTracks) {
    }

    private IsoMovie() {
    }

    public static Facts read(Path file) throws IOException {
        try (RandomAccessFile movie = new RandomAccessFile(file.toFile(), "r")) {
            long[] moov = findMoov(movie);
            if (moov == null) {
                return new Facts(null, null, null, null, null, 0, 0, 0);
            }
            ByteBuffer box = load(movie, moov);
            Reading reading = new Reading();
            walk(box, 8, box.limit(), reading, null);
            return reading.facts();
        }
    }

    /** Empties the movie's location items in place; answers whether there were any. */
    public static boolean wipeLocation(Path file) throws IOException {
        try (RandomAccessFile movie = new RandomAccessFile(file.toFile(), "rw")) {
            long[] moov = findMoov(movie);
            if (moov == null) {
                return false;
            }
            ByteBuffer box = load(movie, moov);
            Wiping wiping = new Wiping();
            walk(box, 8, box.limit(), null, wiping);
            if (wiping.removed) {
                movie.seek(moov[0]);
                movie.write(box.array(), 0, box.limit());
            }
            return wiping.removed;
        }
    }

    /** Offset and size of the top-level {@code moov} box, or null. */
    private static long[] findMoov(RandomAccessFile movie) throws IOException {
        long at = 0;
        long length = movie.length();
        while (at + 8 <= length) {
            movie.seek(at);
            long size = Integer.toUnsignedLong(movie.readInt());
            byte[] type = new byte[4];
            movie.readFully(type);
            if (size == 1) {
                size = movie.readLong();
            } else if (size == 0) {
                size = length - at;
            }
            if (size < 8) {
                return null;
            }
            if (new String(type, StandardCharsets.ISO_8859_1).equals("moov")) {
                return new long[] {at, size};
            }
            at += size;
        }
        return null;
    }

    private static ByteBuffer load(RandomAccessFile movie, long[] moov) throws IOException {
        if (moov[1] > MAX_MOOV_BYTES || moov[0] + moov[1] > movie.length()) {
            throw new IOException("the movie index is " + moov[1] + " bytes, or runs past the end of the file");
        }
        byte[] bytes = new byte[(int) moov[1]];
        movie.seek(moov[0]);
        movie.readFully(bytes);
        return ByteBuffer.wrap(bytes);
    }

    /** Visits the boxes between {@code from} and {@code to}, descending into containers. */
    private static void walk(ByteBuffer box, int from, int to, Reading reading, Wiping wiping) {
        int at = from;
        while (at + 8 <= to) {
            long size = Integer.toUnsignedLong(box.getInt(at));
            String type = type(box, at + 4);
            if (size < 8 || at + size > to) {
                return;
            }
            int end = (int) (at + size);
            if (CONTAINERS.contains(type)) {
                if (reading != null && type.equals("trak")) {
                    reading.startTrack();
                }
                walk(box, at + 8, end, reading, wiping);
            } else if (type.equals("meta")) {
                // QuickTime's meta is a plain container; ISO's is a full box (4 bytes of version and flags first).
                int children = type(box, at + 12).equals("hdlr") ? at + 8 : at + 12;
                walk(box, children, end, reading, wiping);
            } else if (reading != null) {
                reading.box(type, box, at + 8, end);
            } else if (type.equals("keys")) {
                wiping.keys(box, at + 8, end);
            } else if (type.equals("ilst")) {
                wiping.items(box, at + 8, end);
            } else if (type.equals("\u00A9xyz")) {
                wiping.empty(box, at, end);
            }
            at = end;
        }
    }

    private static String type(ByteBuffer box, int at) {
        return at + 4 <= box.limit() ? new String(box.array(), at, 4, StandardCharsets.ISO_8859_1) : "";
    }

    private static final class Reading {
        private Long duration;
        private long timescale;
        private int tracks;
        private int videoTracks;
        private double trackWidth;
        private double trackHeight;
        private int trackRotation;
        private Integer width;
        private Integer height;
        private int rotation;

        void startTrack() {
            tracks++;
            trackWidth = 0;
            trackHeight = 0;
            trackRotation = 0;
        }

        void box(String type, ByteBuffer box, int at, int end) {
            int version = box.get(at) & 0xFF;
            switch (type) {
                case "mvhd" -> {
                    timescale = Integer.toUnsignedLong(box.getInt(at + (version == 1 ? 20 : 12)));
                    duration = version == 1 ? box.getLong(at + 24) : Integer.toUnsignedLong(box.getInt(at + 16));
                }
                case "tkhd" -> {
                    int matrix = at + (version == 1 ? 52 : 40);
                    if (matrix + 44 <= end) {
                        trackRotation = rotation(box.getInt(matrix) / 65536.0, box.getInt(matrix + 4) / 65536.0);
                        trackWidth = Integer.toUnsignedLong(box.getInt(matrix + 36)) / 65536.0;
                        trackHeight = Integer.toUnsignedLong(box.getInt(matrix + 40)) / 65536.0;
                    }
                }
                case "hdlr" -> {
                    if (type(box, at + 8).equals("vide")) {
                        videoTracks++;
                        if (width == null && trackWidth > 0 && trackHeight > 0) {
                            width = (int) Math.round(trackWidth);
                            height = (int) Math.round(trackHeight);
                            rotation = trackRotation;
                        }
                    }
                }
                default -> {
                }
            }
        }

        /** The angle of the matrix's first row (a, b): QuickTime's matrix turns the picture by it. */
        private static int rotation(double a, double b) {
            if (Math.abs(b) > Math.abs(a)) {
                return b > 0 ? 90 : 270;
            }
            return a < 0 ? 180 : 0;
        }

        Facts facts() {
            Long millis = duration == null || timescale == 0 ? null : duration * 1000 / timescale;
            boolean quarter = rotation == 90 || rotation == 270;
            return new Facts(millis, width == null ? null : quarter ? height : width, width == null ? null : quarter ? width : height,
                    width, height, rotation, tracks, videoTracks);
        }
    }

    private static final class Wiping {
        private final Set<Integer> locationKeys = new HashSet<>();
        private boolean removed;

        /** {@code keys}: version and flags, a count, then (size, namespace, name) entries, numbered from 1. */
        void keys(ByteBuffer box, int at, int end) {
            int count = box.getInt(at + 4);
            int entry = at + 8;
            for (int index = 1; index <= count && entry + 8 <= end; index++) {
                int size = box.getInt(entry);
                if (size < 8 || entry + size > end) {
                    return;
                }
                String name = new String(box.array(), entry + 8, size - 8, StandardCharsets.ISO_8859_1);
                if (name.startsWith(LOCATION_KEY)) {
                    locationKeys.add(index);
                }
                entry += size;
            }
        }

        /** {@code ilst}: one box per value, whose type is its key's number. */
        void items(ByteBuffer box, int at, int end) {
            int item = at;
            while (item + 8 <= end) {
                int size = box.getInt(item);
                if (size < 8 || item + size > end) {
                    return;
                }
                if (locationKeys.contains(box.getInt(item + 4))) {
                    empty(box, item, item + size);
                }
                item += size;
            }
        }

        void empty(ByteBuffer box, int at, int end) {
            box.put(at + 4, (byte) 'f').put(at + 5, (byte) 'r').put(at + 6, (byte) 'e').put(at + 7, (byte) 'e');
            Arrays.fill(box.array(), at + 8, end, (byte) 0);
            removed = true;
        }
    }
}
