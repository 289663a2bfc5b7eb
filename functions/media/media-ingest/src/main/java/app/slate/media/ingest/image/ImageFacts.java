package app.slate.media.ingest.image;

import app.slate.media.MediaFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What media-ingest learns from an image and makes of it: its size as seen (after the EXIF
 * orientation) and as stored, the orientation, a perceptual hash and a thumbnail of the upright
 * picture, and the bytes to keep, without the place it was taken. The limits are checked from the
 * header before a pixel is decoded, and the picture is decoded only as large as a thumbnail and a
 * hash need, so neither a forged header nor a decompression bomb costs more than the refusal.
 */
public record ImageFacts(int width, int height, int pixelWidth, int pixelHeight, int orientation, Long perceptualHash,
                         byte[] thumbnail, byte[] cleaned, boolean locationRemoved, String refusal) {

    /** More pixels than this are refused before decoding: twice a 48-megapixel phone photo. */
    static final long MAX_PIXELS = 100_000_000L;
    /** Stills only: an animated picture is not a headshot. */
    static final int MAX_FRAMES = 1;
    /** The picture is decoded at most about this large on its long side: plenty for a 480-pixel thumbnail and a 9×8 hash. */
    static final int DECODE_LONG_SIDE = 1024;

    public static ImageFacts of(MediaFormat format, Path file) throws IOException {
        byte[] image = Files.readAllBytes(file);
        int orientation = Orientation.of(image);
        byte[] picture = image;
        if (format == MediaFormat.HEIC) {
            HeifDecoder.Size size;
            try {
                size = HeifDecoder.size(file);
            } catch (HeifDecoder.HeifUnreadable e) {
                return refused("The HEIC image could not be read: " + e.getMessage());
            }
            if (size == null) {
                return refused("The HEIC file holds no primary image.");
            }
            if (tooLarge(size.width(), size.height())) {
                return refused(tooLargeReason(size.width(), size.height()));
            }
            try {
                picture = HeifDecoder.toPng(file);
            } catch (HeifDecoder.HeifUnreadable e) {
                return refused("The HEIC image could not be decoded: " + e.getMessage());
            }
            if (HeifDecoder.turnsItself(image)) {
                orientation = Orientation.UPRIGHT;
            }
        }
        Decoded decoded = decode(picture);
        if (decoded.refusal() != null) {
            return refused(decoded.refusal());
        }
        BufferedImage upright = Orientation.upright(decoded.picture(), orientation);
        boolean swapped = Orientation.swapsSides(orientation);
        LocationStripper.Cleaned cleaned = LocationStripper.strip(format, image);
        return new ImageFacts(swapped ? decoded.height() : decoded.width(), swapped ? decoded.width() : decoded.height(),
                decoded.width(), decoded.height(), orientation, PerceptualHash.of(upright), Thumbnail.jpeg(upright),
                cleaned.bytes(), cleaned.locationRemoved(), null);
    }

    private record Decoded(BufferedImage picture, int width, int height, String refusal) {
    }

    /** The header's size first; then the pixels, subsampled to about {@link #DECODE_LONG_SIDE}. */
    private static Decoded decode(byte[] image) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new Decoded(null, 0, 0, "The image could not be read: the file is damaged or not really an image.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (tooLarge(width, height)) {
                    return new Decoded(null, width, height, tooLargeReason(width, height));
                }
                if (reader.getNumImages(true) > MAX_FRAMES) {
                    return new Decoded(null, width, height, "The image is animated; upload a still picture.");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODE_LONG_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return new Decoded(reader.read(0, param), width, height, null);
            } catch (IOException | RuntimeException damaged) {
                return new Decoded(null, 0, 0, "The image could not be decoded: the file is damaged or incomplete.");
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean tooLarge(int width, int height) {
        return width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS;
    }

    private static String tooLargeReason(int width, int height) {
        return "The image says it is %d×%d pixels; Slate accepts at most %d megapixels.".formatted(width, height, MAX_PIXELS / 1_000_000);
    }

    private static ImageFacts refused(String reason) {
        return new ImageFacts(0, 0, 0, 0, Orientation.UPRIGHT, null, null, null, false, reason);
    }
}
