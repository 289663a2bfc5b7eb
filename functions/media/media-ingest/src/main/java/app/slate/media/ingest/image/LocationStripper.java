package app.slate.media.ingest.image;

import app.slate.media.MediaFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Removes where a photo was taken before anyone else can download it, and nothing else that
 * matters: the EXIF block keeps its orientation and camera tags, only its GPS directory is emptied
 * in place ({@link ExifLocation}); XMP, which can repeat the location, goes whole (JPEG, PNG,
 * WebP). HEIC keeps its structure, since nothing moves. Works on a copy; the upload is untouched.
 */
public final class LocationStripper {

    /** The bytes to keep, and whether a place was taken out of them. */
    public record Cleaned(byte[] bytes, boolean locationRemoved) {
    }

    private LocationStripper() {
    }

    public static Cleaned strip(MediaFormat format, byte[] image) throws IOException {
        byte[] copy = image.clone();
        return switch (format) {
            case JPEG -> jpeg(copy);
            case PNG -> png(copy);
            case WEBP -> webp(copy);
            case HEIC -> new Cleaned(copy, ExifLocation.wipe(copy, ExifLocation.findTiff(copy, 0, copy.length), copy.length));
            default -> new Cleaned(image, false);
        };
    }

    /** JPEG: the EXIF of the APP1 segment is wiped in place; XMP segments go. */
    private static Cleaned jpeg(byte[] image) throws IOException {
        boolean removed = false;
        int at = 2;
        while (at + 4 <= image.length && (image[at] & 0xFF) == 0xFF && (image[at + 1] & 0xFF) != 0xDA) {
            int length = ((image[at + 2] & 0xFF) << 8) | (image[at + 3] & 0xFF);
            if ((image[at + 1] & 0xFF) == 0xE1) {
                int end = Math.min(image.length, at + 2 + length);
                removed |= ExifLocation.wipe(image, ExifLocation.findTiff(image, at + 4, end), end);
            }
            at += 2 + length;
        }
        byte[] cleaned = image;
        if (Imaging.getXmpXml(image) != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
            new JpegXmpRewriter().removeXmpXml(image, out);
            cleaned = out.toByteArray();
        }
        return new Cleaned(cleaned, removed);
    }

    /** PNG: signature, then chunks of length, type, data, CRC; eXIf is wiped (and its CRC redone), XMP (iTXt) goes. */
    private static Cleaned png(byte[] image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        out.write(image, 0, 8);
        boolean removed = false;
        int at = 8;
        while (at + 12 <= image.length) {
            int length = ByteBuffer.wrap(image, at, 4).getInt();
            String type = new String(image, at + 4, 4, StandardCharsets.ISO_8859_1);
            int total = 12 + length;
            if (length < 0 || at + total > image.length) {
                out.write(image, at, image.length - at);
                break;
            }
            boolean xmp = type.equals("iTXt") && new String(image, at + 8, Math.min(length, 22), StandardCharsets.ISO_8859_1)
                    .startsWith("XML:com.adobe.xmp");
            if (type.equals("eXIf")) {
                removed |= ExifLocation.wipe(image, at + 8, at + 8 + length);
                CRC32 crc = new CRC32();
                crc.update(image, at + 4, 4 + length);
                ByteBuffer.wrap(image, at + 8 + length, 4).putInt((int) crc.getValue());
            }
            if (!xmp) {
                out.write(image, at, total);
            }
            at += total;
        }
        return new Cleaned(out.toByteArray(), removed);
    }

    /** WebP: a RIFF container; the EXIF chunk is wiped in place, the XMP chunk and its header flag go, sizes fixed. */
    private static Cleaned webp(byte[] image) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(image.length);
        boolean removed = false;
        int at = 12;
        while (at + 8 <= image.length) {
            String type = new String(image, at, 4, StandardCharsets.ISO_8859_1);
            int length = ByteBuffer.wrap(image, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int total = 8 + length + (length & 1);
            int end = (int) Math.min(image.length, (long) at + total);
            if (type.equals("EXIF")) {
                int data = at + 8;
                int tiff = ExifLocation.isTiffHeader(image, data) ? data : ExifLocation.findTiff(image, data, Math.min(end, data + 16));
                removed |= ExifLocation.wipe(image, tiff, Math.min(end, at + 8 + length));
            }
            if (!type.equals("XMP ")) {
                byte[] chunk = Arrays.copyOfRange(image, at, end);
                if (type.equals("VP8X") && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x04; // the XMP flag
                }
                chunks.write(chunk, 0, chunk.length);
            }
            if (length < 0) {
                break;
            }
            at += total;
        }
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + chunks.size()).put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(12 + chunks.size());
        out.writeBytes(header.array());
        out.writeBytes(chunks.toByteArray());
        return new Cleaned(out.toByteArray(), removed);
    }
}
