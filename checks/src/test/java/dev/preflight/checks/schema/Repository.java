package dev.preflight.checks.schema;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of this repository from a test, whichever module directory the test runs in. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("docs/suite.schema.json")) && Files.isDirectory(candidate.resolve("checks"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no docs/suite.schema.json in " + dir + " or above");
    }

    static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist");
        }
        return file;
    }
}
