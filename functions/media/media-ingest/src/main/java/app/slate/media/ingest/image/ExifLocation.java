package app.slate.media.ingest.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Takes the place out of an EXIF block, in place: the GPS directory is emptied (its entry count
 * set to zero, its entries and their values overwritten with zeros) and every other tag, the
 * orientation first of all, stays where it was. Nothing moves, so the same code serves every
 * container that carries EXIF (JPEG, PNG, WebP, HEIC) without rewriting it.
 */
public final class ExifLocation {

    private static final int GPS_POINTER = 0x8825;
    private static final int GPS_LATITUDE = 2;
    private static final int GPS_LONGITUDE = 4;
    private static final byte[] EXIF_MARK = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifLocation() {
    }

    /** Where the first TIFF header after an {@code Exif\0\0} mark starts, or -1. */
    public static int findTiff(byte[] file, int from, int to) {
        for (int at = from; at + EXIF_MARK.length + 4 <= to; at++) {
            if (matches(file, at, EXIF_MARK) && isTiffHeader(file, at + EXIF_MARK.length)) {
                return at + EXIF_MARK.length;
            }
        }
        return -1;
    }

    public static boolean isTiffHeader(byte[] file, int at) {
        return at + 4 <= file.length && ((file[at] == 'I' && file[at + 1] == 'I' && file[at + 2] == 42 && file[at + 3] == 0)
                || (file[at] == 'M' && file[at + 1] == 'M' && file[at + 2] == 0 && file[at + 3] == 42));
    }

    /**
     * Empties the GPS directory of the TIFF block at {@code tiff} (ending at {@code end}).
     * Answers whether it held a latitude or a longitude.
     */
    public static boolean wipe(byte[] file, int tiff, int end) {
        if (tiff < 0 || !isTiffHeader(file, tiff)) {
            return false;
        }
        ByteBuffer block = ByteBuffer.wrap(file, 0, end).order(file[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd0 = tiff + block.getInt(tiff + 4);
        int gps = -1;
        for (int entry = 0; entry < entries(block, ifd0, end); entry++) {
            int at = ifd0 + 2 + entry * 12;
            if ((block.getShort(at) & 0xFFFF) == GPS_POINTER) {
                gps = tiff + block.getInt(at + 8);
            }
        }
        int count = entries(block, gps, end);
        boolean coordinates = false;
        for (int entry = 0; entry < count; entry++) {
            int at = gps + 2 + entry * 12;
            int tag = block.getShort(at) & 0xFFFF;
            long size = (long) typeSize(block.getShort(at + 2) & 0xFFFF) * (block.getInt(at + 4) & 0xFFFFFFFFL);
            int value = size <= 4 ? at + 8 : tiff + block.getInt(at + 8);
            if (value >= tiff && value + size <= end) {
                coordinates |= (tag == GPS_LATITUDE || tag == GPS_LONGITUDE) && !allZero(file, value, (int) size);
                Arrays.fill(file, value, value + (int) size, (byte) 0);
            }
            Arrays.fill(file, at, at + 12, (byte) 0);
        }
        if (count > 0) {
            block.putShort(gps, (short) 0);
        }
        return coordinates;
    }

    private static int entries(ByteBuffer block, int ifd, int end) {
        if (ifd < 0 || ifd + 2 > end) {
            return 0;
        }
        int count = block.getShort(ifd) & 0xFFFF;
        return ifd + 2 + count * 12 <= end ? count : 0;
    }

    private static int typeSize(int type) {
        return switch (type) {
            case 1, 2, 6, 7 -> 1;       // BYTE, ASCII, SBYTE, UNDEFINED
            case 3, 8 -> 2;             // SHORT, SSHORT
            case 4, 9, 11, 13 -> 4;     // LONG, SLONG, FLOAT, IFD
            case 5, 10, 12 -> 8;        // RATIONAL, SRATIONAL, DOUBLE
            default -> 0;
        };
    }

    private static boolean matches(byte[] file, int at, byte[] mark) {
        for (int i = 0; i < mark.length; i++) {
            if (file[at + i] != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(byte[] file, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (file[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
