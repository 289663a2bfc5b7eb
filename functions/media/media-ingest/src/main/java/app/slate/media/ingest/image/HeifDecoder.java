package app.slate.media.ingest.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HEIC and HEIF, which no Java library decodes, through libheif's command-line tools: heif-info
 * for the primary image's size (checked against the limits before anything is decoded; a modern
 * iPhone photo is a grid of 512×512 tiles, which container metadata alone reports as one tile),
 * heif-convert for the picture as a PNG, with the container's rotation and mirroring applied. They
 * are found on PATH: in the local cloud and CI from Debian's libheif-examples; deployed, from the
 * media-tools layer ({@code /opt/bin}).
 */
public final class HeifDecoder {

    private static final Pattern PRIMARY = Pattern.compile("image: (\\d+)x(\\d+) \\(id=\\d+\\), primary");
    private static final long TIMEOUT_SECONDS = 60;

    /** The primary image's size, or null when the file has none libheif can read. */
    public record Size(int width, int height) {
    }

    private HeifDecoder() {
    }

    public static Size size(Path heic) throws IOException {
        Matcher primary = PRIMARY.matcher(run("heif-info", heic.toString()));
        return primary.find() ? new Size(Integer.parseInt(primary.group(1)), Integer.parseInt(primary.group(2))) : null;
    }

    /** The primary image as PNG bytes, turned as the container says. */
    public static byte[] toPng(Path heic) throws IOException {
        Path png = Files.createTempFile("heif-", ".png");
        try {
            run("heif-convert", heic.toString(), png.toString());
            return Files.readAllBytes(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** Whether the container rotates or mirrors the picture itself (irot, imir), so its EXIF orientation is not to be applied again. */
    public static boolean turnsItself(byte[] heic) {
        String head = new String(heic, 0, Math.min(heic.length, 1 << 16), StandardCharsets.ISO_8859_1);
        return head.contains("irot") || head.contains("imir");
    }

    private static String run(String tool, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(arguments));
        // Output goes to a file, not a pipe: a tool that hangs cannot hold this thread past the timeout.
        Path output = Files.createTempFile("heif-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(tool + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new HeifUnreadable(out.lines().findFirst().orElse(tool + " failed"));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(tool + " was interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The tool ran and refused the file: the file's fault, not the function's. */
    public static final class HeifUnreadable extends IOException {
        HeifUnreadable(String message) {
            super(message);
        }
    }
}
