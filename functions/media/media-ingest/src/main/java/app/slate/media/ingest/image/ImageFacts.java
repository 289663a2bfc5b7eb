package app.slate.media.ingest.image;

import app.slate.media.MediaFormat;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.heif.HeifDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * What media-ingest learns from an image and makes of it: its size, its perceptual hash, a
 * thumbnail, and the bytes to keep (without location). HEIC cannot be decoded on the JVM, so it
 * gets its size from its metadata and no hash or thumbnail; one that carries a location is
 * refused, since it cannot be cleaned here (the app can send a JPEG instead).
 */
public record ImageFacts(int width, int height, Long perceptualHash, byte[] thumbnail, byte[] cleaned,
                         boolean locationRemoved, String refusal) {

    public static ImageFacts of(MediaFormat format, byte[] image) throws IOException {
        if (format == MediaFormat.HEIC) {
            return heic(image);
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        if (decoded == null) {
            return refused("The image could not be decoded: the file is damaged or not really " + format.contentType() + ".");
        }
        byte[] cleaned = LocationStripper.strip(format, image);
        return new ImageFacts(decoded.getWidth(), decoded.getHeight(), PerceptualHash.of(decoded), Thumbnail.jpeg(decoded),
                cleaned, cleaned != image, null);
    }

    private static ImageFacts heic(byte[] image) throws IOException {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        } catch (ImageProcessingException e) {
            return refused("The HEIC image could not be read: " + e.getMessage());
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        if (gps != null && gps.getGeoLocation() != null) {
            return refused("This HEIC photo carries the place it was taken, which Slate cannot remove from HEIC; upload it as JPEG.");
        }
        int width = 0;
        int height = 0;
        for (HeifDirectory heif : metadata.getDirectoriesOfType(HeifDirectory.class)) {
            Integer w = heif.getInteger(HeifDirectory.TAG_IMAGE_WIDTH);
            Integer h = heif.getInteger(HeifDirectory.TAG_IMAGE_HEIGHT);
            if (w != null && h != null && w > width) {
                width = w;
                height = h;
            }
        }
        return new ImageFacts(width, height, null, null, image, false, null);
    }

    private static ImageFacts refused(String reason) {
        return new ImageFacts(0, 0, null, null, null, false, reason);
    }
}
