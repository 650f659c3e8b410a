package org.redress.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: the deploy/ scripts and the .local/ downloads are found from here. */
public final class RedressRoot {

    private RedressRoot() {
    }

    public static Path path() {
        String configured = System.getProperty("redress.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "mvnw"))) {
            return Path.of(configured).toAbsolutePath();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Cannot find the Redress repository root from " + Path.of("").toAbsolutePath());
    }

    public static Path local() {
        return path().resolve(".local");
    }
}
