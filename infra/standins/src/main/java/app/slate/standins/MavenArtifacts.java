package app.slate.standins;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds an artifact that Maven has already downloaded, in the local repository it used. */
final class MavenArtifacts {

    private MavenArtifacts() {
    }

    static Path locate(String groupId, String artifactId, String version, String type) {
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path file = Path.of(repository, groupId.replace('.', '/'), artifactId, version,
                artifactId + "-" + version + "." + type);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build infra/standins with Maven first, which downloads it");
        }
        return file;
    }
}
