package app.slate.media.ingest.image;

import app.slate.media.MediaFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Removes where a photo was taken before anyone else can download it. JPEG keeps its EXIF
 * (orientation, camera) without the GPS directory, rewritten losslessly, and loses its XMP
 * (which can repeat the location). PNG and WebP lose their EXIF and XMP chunks whole. Answers
 * the cleaned bytes, or the same array when there was nothing to remove.
 */
public final class LocationStripper {

    private LocationStripper() {
    }

    public static byte[] strip(MediaFormat format, byte[] image) throws IOException {
        return switch (format) {
            case JPEG -> jpeg(image);
            case PNG -> png(image);
            case WEBP -> webp(image);
            default -> image;
        };
    }

    private static byte[] jpeg(byte[] image) throws IOException {
        byte[] cleaned = image;
        if (Imaging.getMetadata(image) instanceof JpegImageMetadata metadata && metadata.getExif() != null) {
            TiffImageMetadata exif = metadata.getExif();
            TiffOutputSet output = exif.getOutputSet();
            TiffOutputDirectory gps = output == null ? null : output.findDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_GPS);
            if (gps != null && !gps.getFields().isEmpty()) {
                // The directory stays, empty: the EXIF writer keeps its pointer either way.
                List.copyOf(gps.getFields()).forEach(field -> gps.removeField(field.tag));
                ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
                new ExifRewriter().updateExifMetadataLossless(image, out, output);
                cleaned = out.toByteArray();
            }
        }
        if (Imaging.getXmpXml(cleaned) != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(cleaned.length);
            new JpegXmpRewriter().removeXmpXml(cleaned, out);
            cleaned = out.toByteArray();
        }
        return cleaned;
    }

    /** PNG: signature, then chunks of length, type, data, CRC; eXIf and XMP (iTXt) chunks go. */
    private static byte[] png(byte[] image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length);
        out.write(image, 0, 8);
        boolean removed = false;
        int at = 8;
        while (at + 12 <= image.length) {
            int length = ByteBuffer.wrap(image, at, 4).getInt();
            String type = new String(image, at + 4, 4, StandardCharsets.ISO_8859_1);
            int total = 12 + length;
            boolean xmp = type.equals("iTXt") && new String(image, at + 8, Math.min(length, 22), StandardCharsets.ISO_8859_1)
                    .startsWith("XML:com.adobe.xmp");
            if (type.equals("eXIf") || xmp) {
                removed = true;
            } else {
                out.write(image, at, Math.min(total, image.length - at));
            }
            at += total;
        }
        return removed ? out.toByteArray() : image;
    }

    /** WebP: a RIFF container; EXIF and XMP chunks go, the extended header's flags are cleared, sizes fixed. */
    private static byte[] webp(byte[] image) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(image.length);
        boolean removed = false;
        int at = 12;
        while (at + 8 <= image.length) {
            String type = new String(image, at, 4, StandardCharsets.ISO_8859_1);
            int length = ByteBuffer.wrap(image, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int total = 8 + length + (length & 1);
            if (type.equals("EXIF") || type.equals("XMP ")) {
                removed = true;
            } else {
                byte[] chunk = Arrays.copyOfRange(image, at, Math.min(at + total, image.length));
                if (type.equals("VP8X") && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x0C; // the EXIF (0x08) and XMP (0x04) flags
                }
                chunks.write(chunk, 0, chunk.length);
            }
            at += total;
        }
        if (!removed) {
            return image;
        }
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(4 + chunks.size()).put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(12 + chunks.size());
        out.writeBytes(header.array());
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }
}
